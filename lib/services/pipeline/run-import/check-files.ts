import { columnIndex, readDeals, readHistory } from "@/lib/domain/pipeline/import";
import { ImportStopped } from "./import-stopped";
import { dealMapping, type ImportRun, type RunFile } from "./import-run";
import { readStoredFile } from "./read-stored-file";

/** The latest date a deal's row holds that counts for the as-of date. */
function latestOf(run: ImportRun, time: number) {
  if (time > run.latest) run.latest = time;
}

/**
 * The first pass, writing nothing: where each deal id last appears (the row that is kept), the
 * latest date the files hold (the as-of date, unless the user gave the export's), and the history
 * rows grouped by deal.
 */
export async function checkFiles(run: ImportRun) {
  for (const file of run.dealFiles) {
    for await (const { header, rows } of readStoredFile(run, file)) {
      const read = readDeals(header, rows, dealMapping(file), run.ctx);
      for (const d of read.deals) {
        run.duplicates.see(d.opportunity.id, file.index, d.line);
        const o = d.opportunity;
        if (o.createdAt) latestOf(run, o.createdAt.getTime());
        if (o.status !== "open" && o.closedAt) latestOf(run, o.closedAt.getTime());
        for (const e of d.path) if (e.enteredAt) latestOf(run, e.enteredAt.getTime());
      }
      await run.reporter.checked();
    }
  }
  for (const file of run.historyFiles) await collectHistory(run, file);
  run.asOf ??= Number.isFinite(run.latest) ? new Date(run.latest) : null;
}

async function collectHistory(run: ImportRun, file: RunFile) {
  for await (const { header, rows } of readStoredFile(run, file)) {
    const columns = file.mapping.history;
    const mapping = {
      id: columnIndex(header, columns?.id),
      stage: columnIndex(header, columns?.stage),
      at: columnIndex(header, columns?.at),
      dateOrder: file.mapping.dateOrder,
    };
    if (mapping.id < 0 || mapping.stage < 0 || mapping.at < 0)
      throw new ImportStopped(
        "FAILED",
        `${file.name} has no column for the deal's id, the stage or the date; choose them in the mapping. Nothing was saved.`,
      );
    const read = readHistory(header, rows, mapping, run.ctx);
    for (const row of read.rows) {
      const entry = { ...row, file: file.name };
      const list = run.history.get(row.id);
      if (list) list.push(entry);
      else run.history.set(row.id, [entry]);
      latestOf(run, row.at.getTime());
    }
    await run.reporter.batchDone(file.name, {
      rows: rows.length,
      imported: 0,
      leftOut: read.leftOut,
      refused: read.refused,
    });
    run.reporter.counters.historyRows += rows.length;
  }
}
