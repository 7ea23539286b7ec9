import { importBatch } from "@/lib/data/pipeline/import-batch";
import { importFileBytes } from "@/lib/data/pipeline/import-file-bytes";
import { importHistoryBatch } from "@/lib/data/pipeline/import-history-batch";
import type { ImportTransaction } from "@/lib/data/pipeline/in-import-transaction";
import type { Opportunity, StageDefinition } from "@/lib/domain/pipeline";
import {
  batches,
  columnMap,
  CsvFileError,
  csvRecords,
  readHistory,
  readOpportunities,
  type CsvRecord,
  type ImportFormat,
  type ImportOptions,
  type RowProblem,
} from "@/lib/domain/pipeline/import";
import { ImportStopped } from "./import-stopped";
import type { ProgressReporter } from "./progress-reporter";

/** What every step of one running import shares. */
export type ImportRun = {
  tx: ImportTransaction;
  organizationId: string;
  importId: string;
  options: ImportOptions;
  stages: StageDefinition[];
  /** A separate history file dates the stage moves, so deal files add no events of their own. */
  separateHistory: boolean;
  importedAt: Date;
  batchRows: number;
  reporter: ProgressReporter;
  /** The batch Postgres is writing while the next one is read. */
  writing?: Promise<void>;
};

type StoredFile = { index: number; name: string; format: string };

export const isHistoryFile = (f: { format: string }) => f.format === "salesforce-history";

/** Read one stored file in batches and hand each to the parse-and-upsert step for its kind. */
export async function importFile(run: ImportRun, file: StoredFile) {
  const history = isHistoryFile(file);
  const format = (history ? file.format : (run.options.format ?? file.format)) as ImportFormat;
  const bytes = importFileBytes(run.organizationId, run.importId, file.index, (n) =>
    run.reporter.bytesRead(n),
  );
  let header: string[] | null = null;
  for await (const batch of readChunks(file.name, batches(csvRecords(bytes), run.batchRows))) {
    let rows = batch;
    if (!header) {
      header = batch[0]!.cells;
      rows = batch.slice(1);
      if (!history) requireColumns(file.name, header, format, run.options.map);
    }
    if (history) await importHistoryRows(run, file.name, header, rows);
    else await importOpportunityRows(run, file.name, header, rows, format);
  }
  await run.writing;
  if (!header) throw new ImportStopped("FAILED", `${file.name} is empty.`);
}

/** A file that stops being CSV part-way fails the import with the line to look at. */
async function* readChunks<T>(fileName: string, items: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* items;
  } catch (error) {
    if (error instanceof CsvFileError)
      throw new ImportStopped("FAILED", `${fileName}: ${error.message}; nothing was saved.`);
    throw error;
  }
}

function requireColumns(
  fileName: string,
  header: string[],
  format: ImportFormat,
  map: ImportOptions["map"],
) {
  const columns = columnMap(header, format, map);
  const missing = (["id", "stage", "created"] as const).filter((f) => columns[f] === undefined);
  if (missing.length > 0)
    throw new ImportStopped(
      "FAILED",
      `${fileName} has no column for ${missing.join(", ")}. Choose one for each in the mapping; nothing was saved.`,
    );
}

/** Parse a batch of deal rows and upsert it; Postgres writes it while the next batch is read. */
async function importOpportunityRows(
  run: ImportRun,
  fileName: string,
  header: string[],
  rows: CsvRecord[],
  format: ImportFormat,
) {
  const result = readOpportunities(header, rows, {
    stages: run.stages,
    stageOverrides: run.options.stageOverrides,
    dateOrder: run.options.dateOrder,
    format,
    map: run.options.map,
  });
  await run.writing;
  run.writing = importBatch(
    run.tx,
    run.organizationId,
    {
      opportunities: lastOfEachId(result.opportunities),
      events: run.separateHistory ? [] : result.events,
      history: run.separateHistory ? "full" : result.history,
      stageOf: result.stageOf,
    },
    run.importedAt,
  ).then((moved) => {
    run.reporter.imported(result.opportunities.length, moved.stageMoves);
    return run.reporter.batchDone(fileName, rows.length, result.rejected);
  });
  // Handled when awaited; this only keeps a failure from counting as unhandled.
  run.writing.catch(() => undefined);
}

/** Parse a batch of stage-history rows and insert its events for deals already imported. */
async function importHistoryRows(
  run: ImportRun,
  fileName: string,
  header: string[],
  rows: CsvRecord[],
) {
  const history = readHistory(header, rows, {
    stages: run.stages,
    stageOverrides: run.options.stageOverrides,
    dateOrder: run.options.dateOrder,
  });
  if (history.idColumn < 0 || (rows.length > 0 && history.rejected[0]?.line === 1))
    throw new ImportStopped(
      "FAILED",
      `${fileName} looks like a stage history export but lacks the opportunity id, stage or date column; nothing was saved.`,
    );
  const { inserted, unknown } = await importHistoryBatch(
    run.tx,
    run.organizationId,
    history.events,
  );
  const refused: RowProblem[] = [...history.rejected];
  for (const { line, cells } of rows) {
    const id = (cells[history.idColumn] ?? "").trim();
    if (unknown.has(id))
      refused.push({
        line,
        column: header[history.idColumn] ?? "Opportunity ID",
        reason: `no opportunity "${id}" in this import or an earlier one`,
      });
  }
  run.reporter.imported(inserted);
  await run.reporter.batchDone(fileName, rows.length, refused);
}

/** A deal repeated within one batch is upserted once, as its last row says. */
function lastOfEachId(opportunities: Opportunity[]): Opportunity[] {
  const byId = new Map<string, Opportunity>();
  for (const o of opportunities) byId.set(o.id, o);
  return byId.size === opportunities.length ? opportunities : [...byId.values()];
}
