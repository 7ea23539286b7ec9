import type { Opportunity, StageDefinition, StageEvent } from "../types";
import { columnMap } from "./detect-format";
import { HUBSPOT_DATE_ENTERED, type ImportFormat, type OpportunityField } from "./fields";
import { mapStage, type StageLabels } from "./map-stage";
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
  const history = header
    .map((h, index) => ({ index, match: h.trim().match(HUBSPOT_DATE_ENTERED) }))
    .filter((h) => h.match)
    .map((h) => ({
      index: h.index,
      stage: mapStage(withoutPipeline(h.match![1]!), labels, options.stageOverrides),
    }));

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

  for (const { line, cells } of records) {
    result.rows++;
    const cell = (field: OpportunityField) =>
      columns[field] === undefined ? "" : (cells[columns[field]!] ?? "").trim();
    const problems: RowProblem[] = [];
    const problem = (field: OpportunityField, reason: string) =>
      problems.push({ line, column: header[columns[field]!] ?? field, reason });

    const id = cell("id");
    if (!id) problem("id", "missing id");
    const stageLabel = cell("stage");
    const stage = mapStage(stageLabel, labels, options.stageOverrides);
    if (!stage)
      problem(
        "stage",
        stageLabel ? `unknown stage "${stageLabel}"; map it with label=stage` : "missing stage",
      );
    const created = parseDate(cell("created"), options.dateOrder);
    if (!created.ok) problem("created", created.reason);
    else if (!created.value) problem("created", "missing created date");
    const closed = parseDate(cell("closed"), options.dateOrder);
    if (!closed.ok) problem("closed", closed.reason);
    const amount = parseAmount(cell("amount"));
    if (!amount.ok) problem("amount", amount.reason);
    const kind = stage ? kinds.get(stage) : undefined;
    const status = kind === "won" ? "won" : kind === "lost" ? "lost" : "open";
    if (status !== "open" && closed.ok && !closed.value)
      problem("closed", "closed deal without a close date");
    if (
      problems.length > 0 ||
      !created.ok ||
      !created.value ||
      !stage ||
      !amount.ok ||
      !closed.ok
    ) {
      result.rejected.push(...problems);
      continue;
    }

    result.opportunities.push({
      id,
      name: cell("name") || id,
      account: cell("account") || null,
      owner: cell("owner") || null,
      source: cell("source") || null,
      segment: cell("segment") || null,
      amount: amount.value,
      currency: cell("currency") || null,
      createdAt: created.value,
      closedAt: status === "open" ? null : closed.value,
      status,
    });
    result.stageOf.set(id, stage);
    const entered = history.flatMap((h) => {
      const at = h.stage ? parseDate(cells[h.index] ?? "", options.dateOrder) : null;
      return at?.ok && at.value && h.stage
        ? [{ opportunityId: id, stage: h.stage, enteredAt: at.value }]
        : [];
    });
    if (entered.length > 0) result.events.push(...entered);
    else if (kinds.get(stage) === "open")
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
  const events: StageEvent[] = [];
  const rejected: RowProblem[] = [];
  let rows = 0;
  for (const { line, cells } of records) {
    rows++;
    const stage = mapStage(cells[stageCol] ?? "", labels, options.stageOverrides);
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
