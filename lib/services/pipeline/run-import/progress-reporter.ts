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
    dealsImported: 0,
    historyRows: 0,
    rowsLeftOut: 0,
    phase: "checking",
  };
  let stored = 0;

  const save = async (refusals: ImportRefusal[]) => {
    const keep = refusals.slice(0, Math.max(0, MAX_STORED_REFUSALS - stored));
    const { cancelRequested } = await recordImportProgress(
      organizationId,
      importId,
      counters,
      keep,
      stored,
    );
    stored += keep.length;
    if (cancelRequested) throw new ImportStopped("CANCELLED", "Cancelled; nothing was saved.");
  };

  return {
    counters,
    bytesRead(bytes: number) {
      counters.bytesDone += bytes;
    },
    /** The first pass is over: from here on the bytes count again, as they are written. */
    async startWriting() {
      counters.phase = "writing";
      counters.bytesDone = 0;
      await save([]);
    },
    /** After each batch of the first pass: show that the files are being read. */
    async checked() {
      await save([]);
    },
    /** After each written batch: count its rows and refusals, store them, stop if cancelled. */
    async batchDone(
      fileName: string,
      batch: { rows: number; imported: number; leftOut?: number; refused: RowProblem[] },
    ) {
      counters.rowsDone += batch.rows;
      counters.rowsImported += batch.imported;
      counters.rowsLeftOut += batch.leftOut ?? 0;
      counters.rowsRejected += new Set(batch.refused.map((p) => p.line)).size;
      await save(batch.refused.map((p) => ({ ...p, file: fileName })));
    },
  };
}
