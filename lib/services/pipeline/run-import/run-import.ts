import { claimImport } from "@/lib/data/pipeline/claim-import";
import { inImportTransaction } from "@/lib/data/pipeline/in-import-transaction";
import { invalidatePipelineSummary } from "@/lib/data/pipeline/invalidate-pipeline-summary";
import { markImportStopped } from "@/lib/data/pipeline/mark-import-stopped";
import { markImportSucceeded } from "@/lib/data/pipeline/mark-import-succeeded";
import { stagesIn } from "@/lib/data/pipeline/stages-in";
import { stillClaimed } from "@/lib/data/pipeline/still-claimed";
import { noteDuplicates, ZImportOptions } from "@/lib/domain/pipeline/import";
import { enqueuePipelineSummary } from "@/lib/jobs/queue";
import { applyHistory } from "./apply-history";
import { checkFiles } from "./check-files";
import { asImportStopped, ImportStopped } from "./import-stopped";
import { importRun, type ImportRun } from "./import-run";
import { progressReporter } from "./progress-reporter";
import { writeDealFiles } from "./write-deal-files";

/** Rows per batch: one upsert statement each, well inside Postgres' parameter limit (arrays). */
const BATCH_ROWS = 5_000;

export type ImportJob = { organizationId: string; importId: string };

/**
 * Run one queued import (docs/pipeline-model.md): claim it; a first pass checks the files
 * (duplicate ids, the as-of date, history rows); a second writes each batch of deals with its
 * moves, then the history files' paths, all in one transaction, so the import commits whole or
 * leaves nothing. Progress and refused rows are recorded as it goes; a cancel request is
 * honoured at the next batch. The figures are then computed by their own job. Safe to run again
 * after a crash: it starts over.
 */
export async function runImport(
  job: ImportJob,
  { batchRows = BATCH_ROWS }: { batchRows?: number } = {},
): Promise<"SUCCEEDED" | "FAILED" | "CANCELLED" | "SKIPPED"> {
  const { organizationId, importId } = job;
  const claimed = await claimImport(organizationId, importId);
  if (!claimed) return "SKIPPED";
  const reporter = progressReporter(organizationId, importId);
  let skipped = false;
  try {
    const options = ZImportOptions.safeParse(claimed.options ?? {});
    if (!options.success)
      throw new ImportStopped(
        "FAILED",
        "This import's mapping could not be read. Upload the files again and map them; nothing was saved.",
      );
    await inImportTransaction(organizationId, async (tx) => {
      if (!(await stillClaimed(tx, organizationId, importId, claimed.claimedAt))) {
        skipped = true;
        return;
      }
      const stages = await stagesIn(tx, organizationId);
      const run = importRun(job, claimed, options.data, stages, reporter, batchRows);
      run.tx = tx;
      await checkFiles(run);
      await reporter.startWriting();
      await writeDealFiles(run);
      await applyHistory(run);
      await finish(run);
    });
  } catch (error) {
    if (skipped) return "SKIPPED";
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
  if (skipped) return "SKIPPED";
  // The figures are computed by their own job, so this worker is free for the next import.
  await enqueuePipelineSummary({ organizationId }).catch((error: unknown) =>
    console.error("pipeline summary could not be queued", importId, error),
  );
  return "SUCCEEDED";
}

/** Inside the transaction, after the last batch: the stored figures no longer hold; succeed. */
async function finish(run: ImportRun) {
  const tx = run.tx!;
  noteDuplicates(
    run.findings,
    run.duplicates,
    (index) => run.dealFiles.find((f) => f.index === index)?.name ?? String(index),
  );
  await invalidatePipelineSummary(tx, run.organizationId);
  await markImportSucceeded(tx, run.organizationId, run.importId, {
    counters: run.reporter.counters,
    asOf: run.asOf,
    findings: run.findings,
  });
}
