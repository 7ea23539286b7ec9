import type { ImportCounters, ImportRefusal } from "@/lib/data/pipeline/import-counters";
import { recordImportProgress } from "@/lib/data/pipeline/record-import-progress";
import type { RowProblem } from "@/lib/domain/pipeline/import";
import { ImportStopped } from "./import-stopped";

/** Refused rows kept for the report; the count covers them all. */
const MAX_STORED_REFUSALS = 100_000;

export type ProgressReporter = ReturnType<typeof progressReporter>;

/**
 * An import's running counters, and the step that records them with the batch's refused rows
 * after every batch. A cancel request is honoured there, by stopping the import.
 */
export function progressReporter(organizationId: string, importId: string) {
  const counters: ImportCounters = {
    bytesDone: 0,
    rowsDone: 0,
    rowsImported: 0,
    rowsRejected: 0,
    stageMoves: 0,
  };
  let stored = 0;

  return {
    counters,
    bytesRead(bytes: number) {
      counters.bytesDone += bytes;
    },
    imported(rows: number, stageMoves = 0) {
      counters.rowsImported += rows;
      counters.stageMoves += stageMoves;
    },
    /** After each batch: count its rows and refusals, store them, and stop if cancelled. */
    async batchDone(fileName: string, rows: number, refused: RowProblem[]) {
      counters.rowsDone += rows;
      counters.rowsRejected += new Set(refused.map((p) => p.line)).size;
      const keep: ImportRefusal[] = refused
        .slice(0, Math.max(0, MAX_STORED_REFUSALS - stored))
        .map((p) => ({ ...p, file: fileName }));
      const { cancelRequested } = await recordImportProgress(
        organizationId,
        importId,
        counters,
        keep,
        stored,
      );
      stored += keep.length;
      if (cancelRequested) throw new ImportStopped("CANCELLED", "Cancelled; nothing was saved.");
    },
  };
}
