"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { ImportProgressView } from "@/lib/services/pipeline/import-progress";

export type ScanProgress = ImportProgressView["scans"][number];

const finished = (scans: ScanProgress[]) => scans.every((s) => s.done || Boolean(s.error));

/**
 * While the job reads the files for mapping, poll how far each has got every second; when every
 * file is read (or could not be), reload the page so the mapping lists their values.
 */
export function useScanProgress(orgSlug: string, importId: string, initial: ScanProgress[]) {
  const router = useRouter();
  const [scans, setScans] = useState(initial);
  const waiting = !finished(initial);

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
      setScans(next.scans);
      const started = !["DRAFT", "FAILED", "CANCELLED"].includes(next.status);
      if (finished(next.scans) || started) {
        stopped = true;
        clearInterval(timer);
        router.refresh();
      }
    }, 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [orgSlug, importId, waiting, router]);

  return scans;
}
