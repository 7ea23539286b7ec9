import type { ImportView } from "@/lib/data/pipeline/get-import";

/** What the import page polls while a job runs. */
export function importProgress(view: ImportView) {
  return {
    status: view.status,
    bytesDone: view.bytesDone,
    bytesTotal: view.bytesTotal,
    rowsDone: view.rowsDone,
    rowsImported: view.rowsImported,
    rowsRejected: view.rowsRejected,
    cancelRequested: view.cancelRequestedAt !== null,
    error: view.error,
  };
}

export type ImportProgressView = ReturnType<typeof importProgress>;
