import { completeStageHistory } from "@/lib/data/pipeline/complete-stage-history";
import { inImportTransaction } from "@/lib/data/pipeline/in-import-transaction";
import { claimImport } from "@/lib/data/pipeline/claim-import";
import { invalidatePipelineSummary } from "@/lib/data/pipeline/invalidate-pipeline-summary";
import { markImportStopped } from "@/lib/data/pipeline/mark-import-stopped";
import { markImportSucceeded } from "@/lib/data/pipeline/mark-import-succeeded";
import { pipelineSummary } from "@/lib/data/pipeline/pipeline-summary";
import { rememberStageLabels } from "@/lib/data/pipeline/remember-stage-labels";
import { stagesIn } from "@/lib/data/pipeline/stages-in";
import { ZImportOptions } from "@/lib/domain/pipeline/import";
import { asImportStopped } from "./import-stopped";
import { importFile, isHistoryFile, type ImportRun } from "./import-file";
import { progressReporter } from "./progress-reporter";

/** Rows per batch: one upsert statement each, well inside Postgres' parameter limit (arrays). */
const BATCH_ROWS = 5_000;

export type ImportJob = { organizationId: string; importId: string };

/**
 * Run one queued import: claim it, read each stored file in batches, upsert every batch inside
 * one transaction (the import commits whole or leaves nothing), record progress and refused rows
 * as it goes, then finish. A cancel request is honoured at the next batch by rolling back. Safe
 * to run again after a crash: it starts over.
 */
export async function runImport(
  { organizationId, importId }: ImportJob,
  { batchRows = BATCH_ROWS }: { batchRows?: number } = {},
): Promise<"SUCCEEDED" | "FAILED" | "CANCELLED" | "SKIPPED"> {
  const claimed = await claimImport(organizationId, importId);
  if (!claimed) return "SKIPPED";
  const options = ZImportOptions.parse(claimed.options ?? {});
  const reporter = progressReporter(organizationId, importId);
  // History exports go last: their events belong to opportunities from the other files.
  const files = [
    ...claimed.files.filter((f) => !isHistoryFile(f)),
    ...claimed.files.filter(isHistoryFile),
  ];
  try {
    await inImportTransaction(organizationId, async (tx) => {
      const run: ImportRun = {
        tx,
        organizationId,
        importId,
        options,
        stages: await stagesIn(tx, organizationId),
        separateHistory: files.some(isHistoryFile),
        importedAt: new Date(),
        batchRows,
        reporter,
      };
      for (const file of files) await importFile(run, file);
      await finish(run);
    });
  } catch (error) {
    const stopped = asImportStopped(error, importId);
    await markImportStopped(
      organizationId,
      importId,
      reporter.counters,
      stopped.status,
      stopped.message,
    );
    return stopped.status;
  }
  // Compute the new figures now, so the dashboard opens at once.
  await pipelineSummary(organizationId).catch((error: unknown) =>
    console.error("pipeline summary failed", importId, error),
  );
  return "SUCCEEDED";
}

/** Inside the transaction, after the last batch: complete history, remember choices, succeed. */
async function finish(run: ImportRun) {
  const { tx, organizationId, importId } = run;
  if (run.separateHistory) await completeStageHistory(tx, organizationId);
  await rememberStageLabels(tx, organizationId, run.options.stageOverrides);
  await invalidatePipelineSummary(tx, organizationId);
  await markImportSucceeded(tx, organizationId, importId, run.reporter.counters);
}
