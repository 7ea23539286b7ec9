"use client";

import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { useAction } from "@/components/ui/use-action";
import type { ImportProgressView } from "@/lib/services/pipeline/import-progress";
import { cancelImportAction } from "../actions";
import { useImportStatus } from "./use-import-status";

const count = new Intl.NumberFormat("en-US");

/**
 * While the job runs: its step (checking the files, then writing deals), deals and history rows
 * counted apart, and a cancel button; the page reloads when it ends.
 */
export function ImportProgress({
  orgSlug,
  importId,
  initial,
  canCancel,
}: {
  orgSlug: string;
  importId: string;
  initial: ImportProgressView;
  canCancel: boolean;
}) {
  const status = useImportStatus(orgSlug, importId, initial, "job");
  const { run, pending, error } = useAction(cancelImportAction);

  const cancelling = status.cancelRequested || pending;
  const writing = status.phase === "writing";
  return (
    <div aria-live="polite">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-ink font-semibold">
          {status.status === "QUEUED"
            ? "Waiting for a worker…"
            : writing
              ? "Writing deals…"
              : "Checking the files…"}
        </p>
        {status.status === "RUNNING" ? (
          <p className="text-muted text-sm">Step {writing ? 2 : 1} of 2</p>
        ) : null}
      </div>
      <ProgressBar
        className="mt-3"
        value={status.bytesDone}
        max={Math.max(status.bytesTotal, 1)}
        label="Import progress"
      />
      <p className="text-ink mt-3 text-sm tabular-nums" data-testid="import-rows">
        {count.format(status.rowsDone)} rows read · {count.format(status.dealsImported)} deals ·{" "}
        {count.format(status.historyRows)} history rows · {count.format(status.rowsRejected)}{" "}
        refused
      </p>
      <p className="text-muted mt-3 text-sm">
        {writing
          ? "Nothing is saved until the last row is in; you can leave this page and come back."
          : "Every file is read once first, for duplicate ids and the data's date; then the deals are written."}
      </p>
      {canCancel ? (
        <div className="mt-4 flex items-center gap-3">
          <Button
            variant="secondary"
            disabled={cancelling}
            onClick={() => run({ orgSlug, importId })}
          >
            {cancelling ? "Cancelling…" : "Cancel import"}
          </Button>
          {error ? (
            <p role="alert" className="text-sm text-rose-700">
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
