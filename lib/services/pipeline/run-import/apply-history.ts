import { readStoredDeals } from "@/lib/data/pipeline/read-stored-deals";
import { replaceDealPaths } from "@/lib/data/pipeline/replace-deal-paths";
import { planHistory } from "@/lib/domain/pipeline/plan-import";
import type { ImportRun } from "./import-run";

/**
 * After the deal files: the history files date the paths of the deals they cover, stored before
 * or brought in by this import. Rows for a deal no import holds are refused.
 */
export async function applyHistory(run: ImportRun) {
  const tx = run.tx!;
  const ids = [...run.history.keys()];
  for (let at = 0; at < ids.length; at += run.batchRows) {
    const chunk = ids.slice(at, at + run.batchRows);
    const stored = await readStoredDeals(tx, run.organizationId, chunk);
    const rows = new Map(chunk.map((id) => [id, run.history.get(id)!]));
    const plan = planHistory(rows, stored, run.stages);
    await replaceDealPaths(
      tx,
      run.organizationId,
      run.importId,
      plan.replace.map((r) => ({ deal: stored.get(r.deal.opportunity.id)!, path: r.path })),
    );
    const refusedByFile = new Map<string, { line: number; column: string; reason: string }[]>();
    for (const id of plan.unknown) {
      for (const r of rows.get(id)!) {
        const list = refusedByFile.get(r.file) ?? [];
        list.push({
          line: r.line,
          column: "id",
          reason: `no deal "${id}" in this import or an earlier one`,
        });
        refusedByFile.set(r.file, list);
      }
    }
    let refusedCount = 0;
    for (const [file, refused] of refusedByFile) {
      refusedCount += refused.length;
      await run.reporter.batchDone(file, { rows: 0, imported: 0, refused });
    }
    const used = chunk.reduce((n, id) => n + rows.get(id)!.length, 0);
    run.reporter.counters.rowsImported += used - refusedCount;
  }
}
