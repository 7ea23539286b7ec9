import type { PipelineData } from "./types";

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
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
    byStage.set(e.stage, e.enteredAt);
  }
  const closingStage = {
    won: stages.find((s) => s.kind === "won")!,
    lost: stages.find((s) => s.kind === "lost")!,
  };
  for (const o of data.opportunities) {
    const byStage = entered.get(o.id) ?? new Map<string, Date>();
    let current = [...byStage.entries()].sort((a, b) => +b[1] - +a[1])[0]?.[0];
    if (o.status !== "open") current = closingStage[o.status].key;
    const stageLabel = stages.find((s) => s.key === current)?.label ?? "";
    yield line([
      o.id,
      o.name,
      stageLabel,
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
          : current === s.key
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
  const closing = {
    won: stages.find((s) => s.kind === "won")!.key,
    lost: stages.find((s) => s.kind === "lost")!.key,
  };
  function* opportunities() {
    const current = new Map<string, { stage: string; at: Date }>();
    for (const e of data.events) {
      const seen = current.get(e.opportunityId);
      if (!seen || e.enteredAt > seen.at)
        current.set(e.opportunityId, { stage: e.stage, at: e.enteredAt });
    }
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
      const stage = o.status === "open" ? current.get(o.id)?.stage : closing[o.status];
      yield line([
        o.id,
        o.name,
        o.account,
        label(stage ?? ""),
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
    for (const e of data.events) yield line([e.opportunityId, label(e.stage), iso(e.enteredAt)]);
  }
  return { opportunities: opportunities(), history: history() };
}
