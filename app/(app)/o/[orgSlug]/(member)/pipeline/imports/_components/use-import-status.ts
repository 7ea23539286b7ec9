"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { ImportProgressView } from "@/lib/services/pipeline/import-progress";

/** How far the job reading one file for mapping has got. */
export type ScanProgress = ImportProgressView["scans"][number];

/** What the page waits for: every file read for mapping, or the import job's end. */
export type ImportWait = "scans" | "job";

const over: Record<ImportWait, (s: ImportProgressView) => boolean> = {
  scans: (s) =>
    s.scans.every((f) => f.done || Boolean(f.error)) ||
    !["DRAFT", "FAILED", "CANCELLED"].includes(s.status),
  job: (s) => !["QUEUED", "RUNNING"].includes(s.status),
};

/**
 * Poll an import's status every second until what the page waits for is over, then reload the
 * page so it shows what comes next. Returns the latest status.
 */
export function useImportStatus(
  orgSlug: string,
  importId: string,
  initial: ImportProgressView,
  wait: ImportWait,
) {
  const router = useRouter();
  const [status, setStatus] = useState(initial);
  const waiting = !over[wait](initial);

  useEffect(() => {
    if (!waiting) return;
    let stopped = false;
    const timer = setInterval(async () => {
      const response = await fetch(`/o/${orgSlug}/pipeline/imports/${importId}/status`, {
        cache: "no-store",
      }).catch(() => null);
      if (!response?.ok || stopped) return;
      const next = (await response.json()) as ImportProgressView;
      if (stopped) return;
      setStatus(next);
      if (over[wait](next)) {
        stopped = true;
        clearInterval(timer);
        router.refresh();
      }
    }, 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [orgSlug, importId, waiting, wait, router]);

  return status;
}
