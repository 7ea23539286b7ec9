import { importFileBytes } from "@/lib/data/pipeline/import-file-bytes";
import { batches, CsvFileError, csvRecords, type CsvRecord } from "@/lib/domain/pipeline/import";
import { ImportStopped } from "./import-stopped";
import type { ImportRun, RunFile } from "./import-run";

/**
 * A stored file's header and its rows in batches, read from Postgres chunk by chunk in the
 * dialect sniffed at upload. A file that stops being CSV part-way stops the import, naming the
 * line; an empty one too.
 */
export async function* readStoredFile(
  run: ImportRun,
  file: RunFile,
): AsyncGenerator<{ header: string[]; rows: CsvRecord[] }> {
  const bytes = importFileBytes(run.organizationId, run.importId, file.index, (n) =>
    run.reporter.bytesRead(n),
  );
  let header: string[] | null = null;
  try {
    for await (const batch of batches(csvRecords(bytes, file.dialect), run.batchRows)) {
      let rows = batch;
      if (!header) {
        header = batch[0]!.cells;
        rows = batch.slice(1);
      }
      if (rows.length > 0) yield { header, rows };
    }
  } catch (error) {
    if (error instanceof CsvFileError)
      throw new ImportStopped("FAILED", `${file.name}: ${error.message}; nothing was saved.`);
    throw error;
  }
  if (!header) throw new ImportStopped("FAILED", `${file.name} is empty; nothing was saved.`);
}
