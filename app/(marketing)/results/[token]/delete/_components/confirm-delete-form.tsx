"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/action-result";
import { deleteDiagnosticResultAction } from "../../actions";

/** The one button that deletes, next to the way back. */
export function ConfirmDeleteForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<ActionResult<null> | null, FormData>(
    deleteDiagnosticResultAction,
    null,
  );
  return (
    <form action={action} className="mt-6">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="confirm" value="delete" />
      {state && !state.ok ? (
        <p
          role="alert"
          className="mb-4 rounded-xl border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-pretty text-rose-900"
        >
          {state.error}
        </p>
      ) : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <Button
          type="submit"
          disabled={pending}
          aria-busy={pending}
          className="bg-rose-700 hover:bg-rose-800"
        >
          {pending ? "Deleting…" : "Delete the result for good"}
        </Button>
        <Link
          href={`/results/${token}`}
          className="text-muted hover:text-ink text-center text-sm font-medium sm:text-left"
        >
          Keep it and go back
        </Link>
      </div>
    </form>
  );
}
