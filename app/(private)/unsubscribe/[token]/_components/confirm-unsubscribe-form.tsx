"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/action-result";
import { unsubscribeAction } from "../actions";

/** The one button that unsubscribes; afterwards, what stopped. */
export function ConfirmUnsubscribeForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<
    ActionResult<{ stopped: string }> | null,
    FormData
  >(unsubscribeAction, null);
  if (state?.ok)
    return (
      <p
        role="status"
        className="mt-6 rounded-xl border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-pretty text-emerald-900"
      >
        Done: you will get no more {state.data.stopped}.
      </p>
    );
  return (
    <form action={action} className="mt-6">
      <input type="hidden" name="token" value={token} />
      {state && !state.ok ? (
        <p
          role="alert"
          className="mb-4 rounded-xl border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-pretty text-rose-900"
        >
          {state.error}
        </p>
      ) : null}
      <Button type="submit" disabled={pending} aria-busy={pending} className="w-full sm:w-auto">
        {pending ? "Unsubscribing…" : "Unsubscribe"}
      </Button>
    </form>
  );
}
