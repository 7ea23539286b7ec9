import type { Opportunity, StageDefinition, StageEvent } from "../types";
import { columnMap } from "./detect-format";
import { HUBSPOT_DATE_ENTERED, type ImportFormat, type OpportunityField } from "./fields";
import { stageMapper, type StageLabels } from "./map-stage";
import { parseAmount, parseDate, type DateOrder } from "./parse-values";

export type RowProblem = { line: number; column: string; reason: string };

export type ReadOptions = {
  format: ImportFormat;
  stages: (StageDefinition & { crmLabels?: string[] })[];
  map?: Partial<Record<OpportunityField, string>>;
  stageOverrides?: Record<string, string>;
  dateOrder?: DateOrder;
};

export type ReadResult = {
  opportunities: Opportunity[];
  events: StageEvent[];
  rejected: RowProblem[];
  /** Rows read, good or bad. */
  rows: number;
  /**
   * "full" when the file carries each deal's stage history; "snapshot" when it has only the
   * current stage, so an import records moves by comparing with what is stored.
   */
  history: "full" | "snapshot";
  /** Each opportunity's current stage (the won or lost stage for closed deals). */
  stageOf: Map<string, string>;
};

/** HubSpot names a stage "Closed Won (Sales Pipeline)" in history headers; the label is the first part. */
function withoutPipeline(label: string) {
  return label.replace(/\s*\([^)]*\)\s*$/, "");
}

/**
 * Opportunities from one export's rows, each with its stage history: HubSpot's "Date entered"
 * columns when present, otherwise one event, the current stage entered when the deal was created
 * (later imports of newer exports add the moves). Bad rows are reported with line, column and
 * reason and left out; nothing is guessed.
 */
export function readOpportunities(
  header: string[],
  records: { line: number; cells: string[] }[],
  options: ReadOptions,
): ReadResult {
  const columns = columnMap(header, options.format, options.map);
  const labels: StageLabels = options.stages.map((s) => ({
    key: s.key,
    label: s.label,
    crmLabels: s.crmLabels ?? [],
  }));
  const kinds = new Map(options.stages.map((s) => [s.key, s.kind]));
  const stageOfLabel = stageMapper(labels, options.stageOverrides);
  const history = header
    .map((h, index) => ({ index, match: h.trim().match(HUBSPOT_DATE_ENTERED) }))
    .filter((h) => h.match)
    .map((h) => ({
      index: h.index,
      stage: stageOfLabel(withoutPipeline(h.match![1]!)),
    }))
    .filter((h): h is { index: number; stage: string } => h.stage !== null);

  const result: ReadResult = {
    opportunities: [],
    events: [],
    rejected: [],
    rows: 0,
    history: history.length > 0 ? "full" : "snapshot",
    stageOf: new Map(),
  };
  const missing = (["id", "stage", "created"] as const).filter((f) => columns[f] === undefined);
  if (missing.length > 0) {
    result.rejected.push({
      line: 1,
      column: missing.join(", "),
      reason: "no column for this field; map it with field=column",
    });
    return result;
  }

  // The loop below runs once per row of files with millions: no closures or arrays per row.
  const column = (field: OpportunityField) => columns[field] ?? -1;
  const [idAt, nameAt, accountAt, ownerAt, sourceAt, segmentAt] = (
    ["id", "name", "account", "owner", "source", "segment"] as const
  ).map(column);
  const [amountAt, currencyAt, createdAt, closedAt, stageAt] = (
    ["amount", "currency", "created", "closed", "stage"] as const
  ).map(column);
  const cell = (cells: string[], at: number) => (at < 0 ? "" : (cells[at] ?? "").trim());
  const refuse = (line: number, field: OpportunityField, reason: string) =>
    result.rejected.push({ line, column: header[columns[field]!] ?? field, reason });

  for (const { line, cells } of records) {
    result.rows++;
    const refusedBefore = result.rejected.length;
    const id = cell(cells, idAt!);
    if (!id) refuse(line, "id", "missing id");
    const stageLabel = cell(cells, stageAt!);
    const stage = stageOfLabel(stageLabel);
    if (!stage)
      refuse(
        line,
        "stage",
        stageLabel ? `unknown stage "${stageLabel}"; map it with label=stage` : "missing stage",
      );
    const created = parseDate(cell(cells, createdAt!), options.dateOrder);
    if (!created.ok) refuse(line, "created", created.reason);
    else if (!created.value) refuse(line, "created", "missing created date");
    const closed = parseDate(cell(cells, closedAt!), options.dateOrder);
    if (!closed.ok) refuse(line, "closed", closed.reason);
    const amount = parseAmount(cell(cells, amountAt!));
    if (!amount.ok) refuse(line, "amount", amount.reason);
    const kind = stage ? kinds.get(stage) : undefined;
    const status = kind === "won" ? "won" : kind === "lost" ? "lost" : "open";
    if (status !== "open" && closed.ok && !closed.value)
      refuse(line, "closed", "closed deal without a close date");
    if (
      result.rejected.length > refusedBefore ||
      !created.ok ||
      !created.value ||
      !stage ||
      !amount.ok ||
      !closed.ok
    ) {
      continue;
    }

    result.opportunities.push({
      id,
      name: cell(cells, nameAt!) || id,
      account: cell(cells, accountAt!) || null,
      owner: cell(cells, ownerAt!) || null,
      source: cell(cells, sourceAt!) || null,
      segment: cell(cells, segmentAt!) || null,
      amount: amount.value,
      currency: cell(cells, currencyAt!) || null,
      createdAt: created.value,
      closedAt: status === "open" ? null : closed.value,
      status,
    });
    result.stageOf.set(id, stage);
    let entered = 0;
    for (const h of history) {
      const text = cells[h.index];
      if (!text) continue;
      const at = parseDate(text, options.dateOrder);
      if (at.ok && at.value) {
        result.events.push({ opportunityId: id, stage: h.stage, enteredAt: at.value });
        entered++;
      }
    }
    if (entered === 0 && kind === "open")
      result.events.push({ opportunityId: id, stage, enteredAt: created.value });
  }
  return result;
}

/** Salesforce OpportunityHistory rows: one stage event per row, keyed by the opportunity's id. */
export function readHistory(
  header: string[],
  records: { line: number; cells: string[] }[],
  options: Pick<ReadOptions, "stages" | "stageOverrides" | "dateOrder">,
): { events: StageEvent[]; rejected: RowProblem[]; rows: number; idColumn: number } {
  const find = (names: string[]) => header.findIndex((h) => names.includes(h.trim().toLowerCase()));
  const idCol = find(["opportunity id", "opportunityid"]);
  const stageCol = find(["stage", "stagename", "to stage"]);
  const atCol = find(["created date", "createddate", "last modified", "edit date"]);
  if (idCol < 0 || stageCol < 0 || atCol < 0) {
    const missing = [idCol < 0 && "opportunity id", stageCol < 0 && "stage", atCol < 0 && "date"];
    return {
      events: [],
      rejected: [
        { line: 1, column: missing.filter(Boolean).join(", "), reason: "no column for this field" },
      ],
      rows: records.length,
      idColumn: idCol,
    };
  }
  const labels: StageLabels = options.stages.map((s) => ({
    key: s.key,
    label: s.label,
    crmLabels: s.crmLabels ?? [],
  }));
  const stageOfLabel = stageMapper(labels, options.stageOverrides);
  const events: StageEvent[] = [];
  const rejected: RowProblem[] = [];
  let rows = 0;
  for (const { line, cells } of records) {
    rows++;
    const stage = stageOfLabel(cells[stageCol] ?? "");
    const at = parseDate(cells[atCol] ?? "", options.dateOrder);
    const id = (cells[idCol] ?? "").trim();
    if (!id)
      rejected.push({ line, column: header[idCol] ?? "Opportunity ID", reason: "missing id" });
    else if (!stage)
      rejected.push({
        line,
        column: header[stageCol] ?? "Stage",
        reason: `unknown stage "${cells[stageCol] ?? ""}"`,
      });
    else if (!at.ok || !at.value)
      rejected.push({
        line,
        column: header[atCol] ?? "Created Date",
        reason: at.ok ? "missing date" : at.reason,
      });
    else events.push({ opportunityId: id, stage, enteredAt: at.value });
  }
  return { events, rejected, rows, idColumn: idCol };
}
