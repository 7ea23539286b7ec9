import { withTenant } from "@/lib/db";
import type { Opportunity } from "@/lib/pipeline";
import {
  batches,
  columnMap,
  CsvFileError,
  csvRecords,
  readHistory,
  readOpportunities,
  ZImportOptions,
  type ImportFormat,
  type RowProblem,
} from "@/lib/pipeline/import";
import { completeStageHistory, importBatch, importHistoryBatch } from "./import-batch";
import { importFileBytes } from "./imports";
import { ensureStages, rememberStageLabels, stagesIn } from "./stages";
import { invalidatePipelineSummary, pipelineSummary } from "./summary";

/** Rows per batch: one upsert statement each, well inside Postgres' parameter limit (arrays). */
const BATCH_ROWS = 5_000;
/** Problems kept for the report; the count covers them all. */
const MAX_STORED_PROBLEMS = 100_000;
const IMPORT_TIMEOUT_MS = 2 * 60 * 60 * 1000;

class ImportStopped extends Error {
  constructor(
    readonly status: "CANCELLED" | "FAILED",
    message: string,
  ) {
    super(message);
  }
}

export type ImportJob = { organizationId: string; importId: string };

type Progress = {
  bytesDone: number;
  rowsDone: number;
  rowsImported: number;
  rowsRejected: number;
  stageMoves: number;
};

/**
 * Run one queued import: stream each stored file through the CSV reader in batches, upsert every
 * batch inside one transaction (so the import commits whole or leaves nothing), and report
 * progress and refused rows on a separate connection as it goes. A cancel request is honoured at
 * the next batch by rolling back. Safe to run again after a crash: it starts over.
 */
export async function runImport(
  { organizationId, importId }: ImportJob,
  { batchRows = BATCH_ROWS }: { batchRows?: number } = {},
): Promise<"SUCCEEDED" | "FAILED" | "CANCELLED" | "SKIPPED"> {
  const where = { organizationId_id: { organizationId, id: importId } };
  const job = await withTenant(organizationId, async (tx) => {
    const found = await tx.pipelineImport.findFirst({
      where: { organizationId, id: importId },
      select: {
        status: true,
        cancelRequestedAt: true,
        options: true,
        files: { select: { index: true, name: true, format: true }, orderBy: { index: "asc" } },
      },
    });
    // RUNNING means a previous attempt died mid-way; its transaction rolled back, so start over.
    if (!found || (found.status !== "QUEUED" && found.status !== "RUNNING")) return null;
    if (found.cancelRequestedAt) {
      await tx.pipelineImport.update({
        where,
        data: { status: "CANCELLED", finishedAt: new Date() },
      });
      return null;
    }
    await tx.pipelineImport.update({
      where,
      data: {
        status: "RUNNING",
        startedAt: new Date(),
        bytesDone: 0,
        rowsDone: 0,
        rowsImported: 0,
        rowsRejected: 0,
        stageMoves: 0,
        error: null,
      },
    });
    await tx.pipelineImportProblem.deleteMany({ where: { organizationId, importId } });
    await ensureStages(tx, organizationId);
    return found;
  });
  if (!job) return "SKIPPED";

  const options = ZImportOptions.parse(job.options ?? {});
  const progress: Progress = {
    bytesDone: 0,
    rowsDone: 0,
    rowsImported: 0,
    rowsRejected: 0,
    stageMoves: 0,
  };
  let problems: (RowProblem & { file: string })[] = [];
  let storedProblems = 0;

  // Progress, refused rows and the cancel flag travel on their own short transactions, so the
  // page can show them while the import's transaction is still open.
  const report = async () => {
    const keep = problems.slice(0, Math.max(0, MAX_STORED_PROBLEMS - storedProblems));
    problems = [];
    const cancelRequested = await withTenant(organizationId, async (tx) => {
      if (keep.length > 0) {
        await tx.pipelineImportProblem.createMany({
          data: keep.map((p, i) => ({
            organizationId,
            importId,
            seq: storedProblems + i,
            file: p.file,
            line: p.line,
            column: p.column,
            reason: p.reason,
          })),
        });
      }
      const row = await tx.pipelineImport.update({
        where,
        data: progress,
        select: { cancelRequestedAt: true },
      });
      return row.cancelRequestedAt !== null;
    });
    storedProblems += keep.length;
    if (cancelRequested) throw new ImportStopped("CANCELLED", "Cancelled; nothing was saved.");
  };

  const batchDone = async (fileName: string, rows: number, refused: RowProblem[]) => {
    progress.rowsDone += rows;
    progress.rowsRejected += new Set(refused.map((p) => p.line)).size;
    problems.push(...refused.map((p) => ({ ...p, file: fileName })));
    await report();
  };
  let writing: Promise<void> = Promise.resolve();

  // History exports go last: their events belong to opportunities from the other files.
  const isHistory = (f: { format: string }) => f.format === "salesforce-history";
  const files = [...job.files.filter((f) => !isHistory(f)), ...job.files.filter(isHistory)];
  const separateHistory = files.some(isHistory);
  const importedAt = new Date();

  try {
    await withTenant(
      organizationId,
      async (tx) => {
        const stages = await stagesIn(tx, organizationId);
        const read = {
          stages,
          stageOverrides: options.stageOverrides,
          dateOrder: options.dateOrder,
        };
        for (const file of files) {
          const format = (
            isHistory(file) ? file.format : (options.format ?? file.format)
          ) as ImportFormat;
          const records = csvRecords(
            importFileBytes(organizationId, importId, file.index, (n) => (progress.bytesDone += n)),
          );
          let header: string[] | null = null;
          for await (const batch of readable(file.name, batches(records, batchRows))) {
            let rows = batch;
            if (!header) {
              header = batch[0]!.cells;
              rows = batch.slice(1);
              if (!isHistory(file)) requireColumns(file.name, header, format, options.map);
            }
            const refused: RowProblem[] = [];
            if (isHistory(file)) {
              const history = readHistory(header, rows, read);
              if (history.idColumn < 0 || (rows.length > 0 && history.rejected[0]?.line === 1))
                throw new ImportStopped(
                  "FAILED",
                  `${file.name} looks like a stage history export but lacks the opportunity id, stage or date column; nothing was saved.`,
                );
              const { inserted, unknown } = await importHistoryBatch(
                tx,
                organizationId,
                history.events,
              );
              refused.push(...history.rejected);
              for (const { line, cells } of rows) {
                const id = (cells[history.idColumn] ?? "").trim();
                if (unknown.has(id))
                  refused.push({
                    line,
                    column: header[history.idColumn] ?? "Opportunity ID",
                    reason: `no opportunity "${id}" in this import or an earlier one`,
                  });
              }
              progress.rowsImported += inserted;
            } else {
              const result = readOpportunities(header, rows, { ...read, format, map: options.map });
              const opportunities = lastOfEachId(result.opportunities);
              // Postgres writes this batch while the next one is read: one waits for the other
              // only when it is ahead.
              await writing;
              writing = importBatch(
                tx,
                organizationId,
                {
                  opportunities,
                  events: separateHistory ? [] : result.events,
                  history: separateHistory ? "full" : result.history,
                  stageOf: result.stageOf,
                },
                importedAt,
              ).then((moved) => {
                progress.rowsImported += result.opportunities.length;
                progress.stageMoves += moved.stageMoves;
                return batchDone(file.name, rows.length, result.rejected);
              });
              // Handled when awaited; this only keeps a failure from counting as unhandled.
              writing.catch(() => undefined);
              continue;
            }
            await batchDone(file.name, rows.length, refused);
          }
          await writing;
          if (!header) throw new ImportStopped("FAILED", `${file.name} is empty.`);
        }
        if (separateHistory) await completeStageHistory(tx, organizationId);
        await rememberStageLabels(tx, organizationId, options.stageOverrides);
        await invalidatePipelineSummary(tx, organizationId);
        await tx.pipelineImport.update({
          where,
          data: { ...progress, status: "SUCCEEDED", finishedAt: new Date() },
        });
        // The data is in; the uploaded bytes are no longer needed.
        await tx.pipelineImportChunk.deleteMany({ where: { organizationId, importId } });
      },
      { timeoutMs: IMPORT_TIMEOUT_MS },
    );
    // Compute the new figures now, so the dashboard opens at once.
    await pipelineSummary(organizationId).catch((error: unknown) =>
      console.error("pipeline summary failed", importId, error),
    );
    return "SUCCEEDED";
  } catch (error) {
    const stopped =
      error instanceof ImportStopped
        ? error
        : new ImportStopped(
            "FAILED",
            "The import stopped on an unexpected error; nothing was saved.",
          );
    if (!(error instanceof ImportStopped)) console.error("pipeline import failed", importId, error);
    await withTenant(organizationId, (tx) =>
      tx.pipelineImport.update({
        where,
        data: {
          ...progress,
          status: stopped.status,
          error: stopped.message,
          finishedAt: new Date(),
        },
      }),
    );
    return stopped.status;
  }
}

function requireColumns(
  fileName: string,
  header: string[],
  format: ImportFormat,
  map: Parameters<typeof columnMap>[2],
) {
  const columns = columnMap(header, format, map);
  const missing = (["id", "stage", "created"] as const).filter((f) => columns[f] === undefined);
  if (missing.length > 0)
    throw new ImportStopped(
      "FAILED",
      `${fileName} has no column for ${missing.join(", ")}. Choose one for each in the mapping; nothing was saved.`,
    );
}

/** A file that stops being CSV part-way fails the import with the line to look at. */
async function* readable<T>(fileName: string, items: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* items;
  } catch (error) {
    if (error instanceof CsvFileError)
      throw new ImportStopped("FAILED", `${fileName}: ${error.message}; nothing was saved.`);
    throw error;
  }
}

/** A deal repeated within one batch is upserted once, as its last row says. */
function lastOfEachId(opportunities: Opportunity[]): Opportunity[] {
  const byId = new Map<string, Opportunity>();
  for (const o of opportunities) byId.set(o.id, o);
  return byId.size === opportunities.length ? opportunities : [...byId.values()];
}
