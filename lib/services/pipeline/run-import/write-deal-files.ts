import { readStoredDeals } from "@/lib/data/pipeline/read-stored-deals";
import { writeDealBatch } from "@/lib/data/pipeline/write-deal-batch";
import { planDealBatch } from "@/lib/domain/pipeline/plan-import";
import { noteDeal, noteRefusals, readDeals } from "@/lib/domain/pipeline/import";
import { dealMapping, type ImportRun, type RunFile } from "./import-run";
import { readStoredFile } from "./read-stored-file";

/**
 * The second pass over the deal files: each batch read again, the rows the first pass set aside
 * as duplicates skipped, compared with what is stored, and written with its new entries.
 */
export async function writeDealFiles(run: ImportRun) {
  for (const file of run.dealFiles) await writeDealFile(run, file);
}

async function writeDealFile(run: ImportRun, file: RunFile) {
  const tx = run.tx!;
  for await (const { header, rows } of readStoredFile(run, file)) {
    const read = readDeals(header, rows, dealMapping(file), run.ctx);
    const kept = read.deals.filter((d) =>
      run.duplicates.keeps(d.opportunity.id, file.index, d.line),
    );
    for (const d of kept) noteDeal(run.findings, d, run.options.exportDate ? run.asOf : null);
    noteRefusals(run.findings, read.refused);
    const stored = await readStoredDeals(
      tx,
      run.organizationId,
      kept.map((d) => d.opportunity.id),
    );
    const plan = planDealBatch(kept, stored, run.asOf ?? new Date(), run.stages);
    await writeDealBatch(
      tx,
      run.organizationId,
      run.importId,
      plan.writes.map((w) => ({ ...w, before: stored.get(w.opportunity.id) ?? null })),
    );
    run.reporter.counters.stageMoves += plan.stageMoves;
    run.reporter.counters.dealsImported += kept.length;
    await run.reporter.batchDone(file.name, {
      rows: rows.length,
      imported: kept.length,
      leftOut: read.leftOut,
      refused: read.refused,
    });
  }
}
