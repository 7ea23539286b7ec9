import type { ImportView } from "@/lib/data/pipeline/get-import";

/**
 * What the import page polls: while a job runs, its phase and counters; while files are still
 * being read for mapping, how far each has got.
 */
export function importProgress(view: ImportView) {
  return {
    status: view.status,
    /** "checking" the files first, then "writing" them. */
    phase: view.phase,
    bytesDone: view.bytesDone,
    bytesTotal: view.bytesTotal,
    rowsDone: view.rowsDone,
    rowsImported: view.rowsImported,
    rowsRejected: view.rowsRejected,
    dealsImported: view.dealsImported,
    historyRows: view.historyRows,
    cancelRequested: view.cancelRequestedAt !== null,
    error: view.error,
    scans: view.files.map((f) => ({
      index: f.index,
      name: f.name,
      sizeBytes: f.sizeBytes,
      scannedBytes: f.scannedBytes,
      done: f.scan !== null,
      error: f.scanError,
    })),
  };
}

export type ImportProgressView = ReturnType<typeof importProgress>;
