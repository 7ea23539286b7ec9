import { historyPath } from "../paths";
import { primeIndexes } from "../stage-visits";
import type { Opportunity, PipelineData, StageEvent } from "../types";
import { batches, type CsvRecord } from "./csv-records";
import { DuplicateIds } from "./duplicate-ids";
import { Interner } from "./own-string";
import {
  emptyFindings,
  noteDeal,
  noteDuplicates,
  noteRefusals,
  type ImportFindings,
} from "./findings";
import {
  columnIndex,
  readDeals,
  type DealFileMapping,
  type ReadContext,
  type RowProblem,
} from "./read-deals";
import { readHistory, type HistoryRow } from "./read-history";

/** One file of an in-memory import: how to read its rows (twice, for deal files) and its mapping. */
export type MemoryFile = {
  name: string;
  records: () => AsyncIterable<CsvRecord>;
} & (
  | { role: "deals"; mapping: DealFileMapping }
  | {
      role: "history";
      columns: { id: string; stage: string; at: string };
      dateOrder: DealFileMapping["dateOrder"];
    }
);

export type MemoryImport = {
  data: PipelineData;
  asOf: Date | null;
  findings: ImportFindings;
  refused: (RowProblem & { file: string })[];
  counts: {
    rows: number;
    deals: number;
    historyRows: number;
    leftOut: number;
    refusedRows: number;
  };
};

const BATCH = 5_000;

async function* rowsOf(file: MemoryFile) {
  let header: string[] | null = null;
  for await (const batch of batches(file.records(), BATCH)) {
    let rows = batch;
    if (!header) {
      header = batch[0]!.cells;
      rows = batch.slice(1);
    }
    if (rows.length > 0) yield { header, rows };
  }
}

/**
 * An import into an empty pipeline, held in memory, as the browser's import job does it
 * (docs/pipeline-model.md): a first pass over the deal files finds where each id last appears and
 * the latest date; the second keeps one record per deal; history files then date the paths of the
 * deals they cover. Memory grows with the number of deals, not the size of the files. Used by
 * `pipeline:report`, and by tests that hold the browser's figures against it.
 */
export async function importInMemory(
  files: MemoryFile[],
  ctx: ReadContext,
  /** `names: false` keeps ids only (the command line prints no deal names). */
  options: { exportDate?: Date; names?: boolean } = {},
): Promise<MemoryImport> {
  const duplicates = new DuplicateIds();
  // One interner for the whole import: repeated values are one copy across batches.
  ctx = { ...ctx, interner: ctx.interner ?? new Interner() };
  const findings = emptyFindings();
  const refused: MemoryImport["refused"] = [];
  const counts = { rows: 0, deals: 0, historyRows: 0, leftOut: 0, refusedRows: 0 };
  const refuse = (file: string, problems: RowProblem[]) => {
    counts.refusedRows += new Set(problems.map((p) => p.line)).size;
    for (const p of problems) refused.push({ ...p, file });
  };
  let latest = -Infinity;
  const seen = (d: Date | null) => {
    if (d && d.getTime() > latest) latest = d.getTime();
  };
  const dealFiles = files.flatMap((f, i) => (f.role === "deals" ? [{ f, i }] : []));

  for (const { f, i } of dealFiles) {
    if (f.role !== "deals") continue;
    for await (const { header, rows } of rowsOf(f)) {
      for (const d of readDeals(header, rows, f.mapping, ctx).deals) {
        duplicates.see(d.opportunity.id, i, d.line);
        seen(d.opportunity.createdAt);
        if (d.opportunity.status !== "open") seen(d.opportunity.closedAt);
        for (const e of d.path) seen(e.enteredAt);
      }
    }
  }
  const history = new Map<string, (HistoryRow & { file: string })[]>();
  for (const f of files) {
    if (f.role !== "history") continue;
    for await (const { header, rows } of rowsOf(f)) {
      const mapping = {
        id: columnIndex(header, f.columns.id),
        stage: columnIndex(header, f.columns.stage),
        at: columnIndex(header, f.columns.at),
        dateOrder: f.dateOrder,
      };
      const read = readHistory(header, rows, mapping, ctx);
      counts.rows += rows.length;
      counts.historyRows += rows.length;
      counts.leftOut += read.leftOut;
      refuse(f.name, read.refused);
      for (const row of read.rows) {
        const list = history.get(row.id);
        if (list) list.push({ ...row, file: f.name });
        else history.set(row.id, [{ ...row, file: f.name }]);
        seen(row.at);
      }
    }
  }
  const asOf = options.exportDate ?? (Number.isFinite(latest) ? new Date(latest) : null);

  const deals = new Map<string, Opportunity>();
  const paths = new Map<string, StageEvent[]>();
  for (const { f, i } of dealFiles) {
    if (f.role !== "deals") continue;
    for await (const { header, rows } of rowsOf(f)) {
      const read = readDeals(header, rows, f.mapping, ctx);
      counts.rows += rows.length;
      counts.leftOut += read.leftOut;
      refuse(f.name, read.refused);
      noteRefusals(findings, read.refused);
      for (const d of read.deals) {
        if (!duplicates.keeps(d.opportunity.id, i, d.line)) continue;
        noteDeal(findings, d, options.exportDate ? asOf : null);
        const opportunity =
          options.names === false
            ? { ...d.opportunity, name: d.opportunity.id, account: null }
            : d.opportunity;
        deals.set(opportunity.id, opportunity);
        paths.set(opportunity.id, d.path);
      }
    }
  }
  noteDuplicates(findings, duplicates, (index) => files[index]?.name ?? String(index));
  const stages = new Map(ctx.stages.map((s) => [s.key, s]));
  for (const [id, rows] of history) {
    const deal = deals.get(id);
    if (!deal) {
      counts.refusedRows += rows.length;
      for (const r of rows)
        refused.push({
          file: r.file,
          line: r.line,
          column: "id",
          reason: `no deal "${id}" in this import or an earlier one`,
        });
      continue;
    }
    const last = paths.get(id)?.at(-1);
    const path = historyPath(id, rows, stages, {
      status: deal.status,
      stage: last?.stage ?? "",
      closedAt: deal.closedAt,
    });
    if (path.length > 0) paths.set(id, path);
  }
  counts.deals = deals.size;
  const opportunities: Opportunity[] = [];
  const events: StageEvent[] = [];
  for (const [id, opportunity] of deals) {
    opportunities.push(opportunity);
    for (const e of paths.get(id)!) events.push(e);
  }
  const data: PipelineData = { stages: ctx.stages, opportunities, events };
  primeIndexes(data, paths, deals);
  return { data, asOf, findings, refused, counts };
}
