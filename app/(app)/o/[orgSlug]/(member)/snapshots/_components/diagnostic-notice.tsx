"use client";

import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import { leaveOutDiagnosticAction } from "../actions";

/**
 * The diagnostic result brought from its page: what will be attached to the Snapshot bought
 * next, with the way to leave it out; or, when it can no longer be attached, why.
 */
export function DiagnosticNotice({
  orgSlug,
  notice,
}: {
  orgSlug: string;
  notice:
    | { status: "ready"; takenOn: string; named: string | null }
    | { status: "unusable"; message: string };
}) {
  const { run, pending, error } = useAction(leaveOutDiagnosticAction);
  const ready = notice.status === "ready";
  return (
    <div
      role="region"
      aria-labelledby="diagnostic-notice-heading"
      className={
        ready
          ? "border-brand-200 bg-brand-50 mt-4 rounded-xl border px-4 py-3 text-sm"
          : "mt-4 rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
      }
    >
      <h3 id="diagnostic-notice-heading" className="text-ink font-semibold">
        {ready ? "Your diagnostic result comes with this Snapshot" : "Your diagnostic result"}
      </h3>
      <p className="mt-1 text-pretty">
        {ready
          ? `The diagnostic result from ${notice.takenOn}, which ${notice.named ? `named “${notice.named}” as the costliest break` : "found no major leak"}, will be attached to the Snapshot you buy next. The Snapshot shows it beside your leaders' answers, and the first draft of the assessment compares the two.`
          : notice.message}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <Button variant="secondary" disabled={pending} onClick={() => run({ orgSlug })}>
          {ready ? "Do not attach it" : "Dismiss"}
        </Button>
        {error ? (
          <p role="alert" className="text-rose-700">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
