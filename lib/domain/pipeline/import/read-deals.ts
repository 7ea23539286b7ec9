import { openedAt, pathFromRow, stageSet } from "../paths";
import { stageIndex } from "../stage-visits";
import type { Opportunity, StageDefinition, StageEvent } from "../types";
import type { OpportunityField } from "./fields";
import { stageMapper } from "./map-stage";
import { parseAmount, parseDate, type DateOrder } from "./parse-values";
import { Interner, ownString } from "./own-string";
import { canonicalRecordId } from "./record-id";

export type RowProblem = { line: number; column: string; reason: string };

/** How one deal file's columns are read: chosen in the mapping, remembered per header. */
export type DealFileMapping = {
  /** Field → the header of its column. Id and stage are required. */
  columns: Partial<Record<OpportunityField, string>>;
  /** Stage key → the header of the column that dates entering it. */
  entered: Record<string, string>;
  dateOrder: DateOrder;
  decimalMark?: "." | ",";
};

/** A CRM stage label → a stage key, or null: leave the rows with this label out. */
export type StageLabelMap = Record<string, string | null>;

export type CurrencyRule = {
  /** The organization's currency: every value figure is in it. */
  base: string;
  /** Units of `base` per unit of another currency, as the user gave them. */
  rates: Record<string, number>;
  /** The currency of amounts in files without a currency column; the base when unset. */
  fileCurrency?: string;
};

/** What every file of one import is read against. */
export type ReadContext = {
  /** The organization's pipeline stages, with the CRM labels each recognises by default. */
  stages: StageDefinition[];
  labels: StageLabelMap;
  /** The open stages the import's paths run through (see importStageSet). */
  set: StageDefinition[];
  currency: CurrencyRule;
  /** Shared across an import's batches, so repeated owners, sources and accounts are one copy. */
  interner?: Interner;
};

export type DealRow = {
  line: number;
  opportunity: Opportunity;
  path: StageEvent[];
  /** Why the amount is unknown: blank in the file, or in a currency with no rate given. */
  amountUnknown?: "blank" | "no-rate";
};

export type ReadDealsResult = {
  deals: DealRow[];
  refused: RowProblem[];
  /** Rows whose stage label the mapping leaves out. */
  leftOut: number;
  /** Amounts in a currency with no rate: the deal is kept, its value is unknown. */
  noRate: number;
  rows: number;
};

const norm = (s: string) => s.trim().toLowerCase();

/** Index of a header, compared without case or surrounding spaces; -1 when absent. */
export function columnIndex(header: string[], name: string | undefined): number {
  if (!name) return -1;
  const wanted = norm(name);
  return header.findIndex((h) => norm(h) === wanted);
}

/**
 * The stage set of an import (docs/pipeline-model.md): the open stages its stage labels are
 * mapped to, and those its entered-stage columns date.
 */
export function importStageSet(
  stages: StageDefinition[],
  labels: StageLabelMap,
  mappings: Pick<DealFileMapping, "entered">[],
): StageDefinition[] {
  const named = Object.values(labels).filter((k): k is string => k !== null);
  for (const m of mappings) named.push(...Object.keys(m.entered));
  return stageSet(stages, named);
}

/** A label → stage function: the mapping's choice first, then the stage's own CRM labels. */
export function labelReader(ctx: Pick<ReadContext, "stages" | "labels">) {
  const chosen = new Map(Object.entries(ctx.labels).map(([l, k]) => [norm(l), k]));
  const byDefault = stageMapper(
    ctx.stages.map((s) => ({ key: s.key, label: s.label, crmLabels: s.crmLabels ?? [] })),
  );
  return (label: string): string | null | undefined => {
    const key = norm(label);
    if (chosen.has(key)) return chosen.get(key);
    return byDefault(label) ?? undefined;
  };
}

/**
 * Deals from one file's rows (docs/pipeline-model.md): each mapped, its path built from the row,
 * its amount in the organization's currency. A row that cannot be read is refused with its line,
 * column and reason in words; nothing is guessed.
 */
export function readDeals(
  header: string[],
  records: { line: number; cells: string[] }[],
  mapping: DealFileMapping,
  ctx: ReadContext,
): ReadDealsResult {
  const at = (field: OpportunityField) => columnIndex(header, mapping.columns[field]);
  const col = {
    id: at("id"),
    stage: at("stage"),
    name: at("name"),
    account: at("account"),
    owner: at("owner"),
    source: at("source"),
    segment: at("segment"),
    amount: at("amount"),
    currency: at("currency"),
    created: at("created"),
    closed: at("closed"),
    lostStage: at("lostStage"),
  };
  const entered = Object.entries(mapping.entered)
    .map(([stage, column]) => ({ stage, index: columnIndex(header, column) }))
    .filter((e) => e.index >= 0);
  const stages = stageIndex(ctx.stages);
  const stageOf = labelReader(ctx);
  const result: ReadDealsResult = { deals: [], refused: [], leftOut: 0, noRate: 0, rows: 0 };
  const cell = (cells: string[], i: number) => (i < 0 ? "" : (cells[i] ?? "").trim());
  const interner = ctx.interner ?? new Interner();
  // What a deal keeps of its row is copied out of the file's text, repeated values once.
  const kept = (cells: string[], i: number) => {
    const text = cell(cells, i);
    return text ? interner.get(text) : null;
  };
  const order = mapping.dateOrder;

  for (const { line, cells } of records) {
    result.rows++;
    const problems: RowProblem[] = [];
    const refuse = (index: number, reason: string) =>
      problems.push({ line, column: header[index] ?? "", reason });
    // Cells of one row that hold the same text (a created date that is also the first stage's
    // entry) share one Date: a million deals hold fewer of them.
    const parsedDates = new Map<string, Date | null>();
    const date = (index: number) => {
      const text = cell(cells, index);
      if (parsedDates.has(text)) return parsedDates.get(text)!;
      const parsed = parseDate(text, order);
      if (!parsed.ok) refuse(index, parsed.reason);
      const value = parsed.ok ? parsed.value : null;
      if (parsed.ok) parsedDates.set(text, value);
      return value;
    };

    const id = ownString(canonicalRecordId(cell(cells, col.id)));
    if (!id) refuse(col.id, "no id");
    const label = cell(cells, col.stage);
    const stageKey = label ? stageOf(label) : undefined;
    if (stageKey === null) {
      result.leftOut++;
      continue;
    }
    if (!label) refuse(col.stage, "no stage");
    else if (stageKey === undefined || !stages.has(stageKey))
      refuse(col.stage, `the stage "${label}" is not matched to a pipeline stage`);
    const stage = stageKey ? stages.get(stageKey) : undefined;
    const status = stage?.kind ?? "open";
    const createdAt = date(col.created);
    const closedAt = date(col.closed);
    const dates = new Map<string, Date>();
    for (const e of entered) {
      const value = date(e.index);
      if (value) dates.set(e.stage, value);
    }
    const amount = parseAmount(cell(cells, col.amount), mapping.decimalMark);
    if (!amount.ok) refuse(col.amount, amount.reason);
    else if (amount.value !== null && amount.value < 0)
      refuse(col.amount, `the amount "${cell(cells, col.amount)}" is negative`);
    if (problems.length > 0 || !stage || !amount.ok) {
      result.refused.push(...problems);
      continue;
    }

    const currency = (
      cell(cells, col.currency) ||
      ctx.currency.fileCurrency ||
      ctx.currency.base
    ).toUpperCase();
    let value = amount.value;
    let amountUnknown: DealRow["amountUnknown"] = value === null ? "blank" : undefined;
    if (value !== null && currency !== ctx.currency.base.toUpperCase()) {
      const rate = ctx.currency.rates[currency];
      if (rate && rate > 0) value = Math.round(value * rate * 100) / 100;
      else {
        value = null;
        amountUnknown = "no-rate";
        result.noRate++;
      }
    }
    const lostLabel = cell(cells, col.lostStage);
    const path = pathFromRow(
      id,
      {
        status,
        stage: stage.key,
        createdAt,
        closedAt: status === "open" ? null : closedAt,
        entered: dates,
        lostStage: lostLabel ? (stageOf(lostLabel) ?? null) : null,
      },
      ctx.set,
      stages,
    );
    result.deals.push({
      line,
      path,
      ...(amountUnknown ? { amountUnknown } : {}),
      opportunity: {
        id,
        name: ownString(cell(cells, col.name)) || id,
        account: kept(cells, col.account),
        owner: kept(cells, col.owner),
        source: kept(cells, col.source),
        segment: kept(cells, col.segment),
        amount: value,
        currency: interner.get(currency),
        createdAt: openedAt(createdAt, path),
        closedAt: status === "open" ? null : closedAt,
        status,
      },
    });
  }
  return result;
}
