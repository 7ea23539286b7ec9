"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

/** Run a server action from a client component, keeping its pending state and error message. */
export function useAction<T>(action: (input: unknown) => Promise<ActionResult<T> | undefined>) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  function run(input: unknown, onSuccess?: (data: T) => void) {
    setError(null);
    setFieldErrors({});
    startTransition(async () => {
      const result = await action(input);
      if (!result) return;
      if (result.ok) onSuccess?.(result.data);
      else {
        setError(result.fieldErrors ? null : result.error);
        setFieldErrors(result.fieldErrors ?? {});
      }
    });
  }
  return { run, pending, error, fieldErrors };
}
