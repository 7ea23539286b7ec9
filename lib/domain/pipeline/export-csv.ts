import { currentStages } from "./stage-visits";
import type { Opportunity, PipelineData, StageDefinition } from "./types";

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Each deal's stage as a CRM shows it: the latest one entered, or won / lost once closed. */
function stageNow(data: PipelineData): (o: Opportunity) => StageDefinition | undefined {
  const latest = currentStages(data);
  const closing = {
    won: data.stages.find((s) => s.kind === "won"),
    lost: data.stages.find((s) => s.kind === "lost"),
  };
  return (o) =>
    o.status === "open"
      ? data.stages.find((s) => s.key === latest.get(o.id)?.stage)
      : closing[o.status];
}

const line = (cells: (string | number | null | undefined)[]) => cells.map(cell).join(",") + "\n";
const iso = (d: Date | null) => (d ? d.toISOString() : "");

/**
 * A pipeline written as HubSpot's deal export, one line at a time (with a "Date entered" column
 * per stage), for demo files, tests and the import benchmark.
 */
export function* hubspotDealsCsv(data: PipelineData): Generator<string> {
  const stages = data.stages;
  yield line([
    "Record ID",
    "Deal Name",
    "Deal Stage",
    "Amount",
    "Create Date",
    "Close Date",
    "Deal owner",
    "Original Source Type",
    "Deal Type",
    "Currency",
    ...stages.map((s) => `Date entered "${s.label}"`),
  ]);
  const entered = new Map<string, Map<string, Date>>();
  for (const e of data.events) {
    let byStage = entered.get(e.opportunityId);
    if (!byStage) entered.set(e.opportunityId, (byStage = new Map()));
    if (e.enteredAt) byStage.set(e.stage, e.enteredAt);
  }
  const stageOf = stageNow(data);
  for (const o of data.opportunities) {
    const byStage = entered.get(o.id) ?? new Map<string, Date>();
    const current = stageOf(o);
    yield line([
      o.id,
      o.name,
      current?.label ?? "",
      o.amount,
      iso(o.createdAt),
      iso(o.closedAt),
      o.owner,
      o.source,
      o.segment,
      o.currency,
      ...stages.map((s) =>
        s.kind === "open"
          ? iso(byStage.get(s.key) ?? null)
          : current?.key === s.key
            ? iso(o.closedAt)
            : "",
      ),
    ]);
  }
}

/** The same pipeline as Salesforce's Opportunity export and OpportunityHistory export. */
export function salesforceCsv(data: PipelineData): {
  opportunities: Generator<string>;
  history: Generator<string>;
} {
  const stages = data.stages;
  const label = (key: string) => stages.find((s) => s.key === key)?.label ?? key;
  const stageOf = stageNow(data);
  function* opportunities() {
    yield line([
      "Id",
      "Name",
      "AccountId",
      "StageName",
      "Amount",
      "CreatedDate",
      "CloseDate",
      "OwnerId",
      "LeadSource",
      "Type",
    ]);
    for (const o of data.opportunities) {
      yield line([
        o.id,
        o.name,
        o.account,
        stageOf(o)?.label ?? "",
        o.amount,
        iso(o.createdAt),
        iso(o.closedAt),
        o.owner,
        o.source,
        o.segment,
      ]);
    }
  }
  function* history() {
    yield line(["OpportunityId", "StageName", "CreatedDate"]);
    // A history row needs a date; an entry at an unknown time has none to export.
    for (const e of data.events)
      if (e.enteredAt) yield line([e.opportunityId, label(e.stage), iso(e.enteredAt)]);
  }
  return { opportunities: opportunities(), history: history() };
}
