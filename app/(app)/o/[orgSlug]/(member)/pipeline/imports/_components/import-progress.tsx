"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { useAction } from "@/components/ui/use-action";
import type { ImportProgressView } from "@/lib/services/pipeline/import-progress";
import { cancelImportAction } from "../actions";

const count = new Intl.NumberFormat("en-US");

/** Rows done and a cancel button while the job runs; the page reloads when it ends. */
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
  const router = useRouter();
  const [status, setStatus] = useState(initial);
  const { run, pending, error } = useAction(cancelImportAction);

  useEffect(() => {
    let stopped = false;
    const timer = setInterval(async () => {
      const response = await fetch(`/o/${orgSlug}/pipeline/imports/${importId}/status`, {
        cache: "no-store",
      }).catch(() => null);
      if (!response?.ok || stopped) return;
      const next = (await response.json()) as ImportProgressView;
      setStatus(next);
      if (!["QUEUED", "RUNNING"].includes(next.status)) {
        stopped = true;
        clearInterval(timer);
        router.refresh();
      }
    }, 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [orgSlug, importId, router]);

  const cancelling = status.cancelRequested || pending;
  return (
    <div aria-live="polite">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-ink font-semibold">
          {status.status === "QUEUED" ? "Waiting for a worker…" : "Importing…"}
        </p>
        <p className="text-muted text-sm" data-testid="import-rows">
          {count.format(status.rowsDone)} rows read · {count.format(status.rowsImported)} imported ·{" "}
          {count.format(status.rowsRejected)} refused
        </p>
      </div>
      <ProgressBar
        className="mt-3"
        value={status.bytesDone}
        max={Math.max(status.bytesTotal, 1)}
        label="Import progress"
      />
      <p className="text-muted mt-3 text-sm">
        Nothing is saved until the whole file is in; you can leave this page and come back.
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
