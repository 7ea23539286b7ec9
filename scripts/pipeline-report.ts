// npm run pipeline:report -- <files…> [--format hubspot|salesforce|csv] [--map field=column …]
//                                     [--stage label=stage …] [--date-order ymd|mdy|dmy] [--json]
// Pipeline metrics for local CRM exports, without the web app: the same definitions as the
// dashboards (lib/domain/pipeline). A Salesforce OpportunityHistory export given beside the Opportunity
// export supplies the stage history.
import { createReadStream, existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import {
  DEFAULT_STAGES,
  dealMetrics,
  stageMetrics,
  type PipelineData,
  type StageEvent,
} from "../lib/domain/pipeline";
import {
  OPPORTUNITY_FIELDS,
  csvRecords,
  detectFormat,
  readHistory,
  readOpportunities,
  type CsvRecord,
  type RowProblem,
} from "../lib/domain/pipeline/import";

const STAGE_KEYS = DEFAULT_STAGES.map((s) => s.key) as [string, ...string[]];

const ZArgs = z.object({
  files: z.array(z.string()).min(1, "Name at least one CSV file."),
  format: z.enum(["hubspot", "salesforce", "csv"]).optional(),
  map: z.array(z.string().regex(/^[a-z]+=.+$/, "--map takes field=column")),
  stage: z.array(z.string().regex(/^.+=.+$/, "--stage takes label=stage")),
  dateOrder: z.enum(["ymd", "mdy", "dmy"]),
  json: z.boolean(),
});

function fail(message: string): never {
  console.error(`pipeline:report: ${message}`);
  process.exit(2);
}

function pairs(values: string[]) {
  return Object.fromEntries(
    values.map((v) => [v.slice(0, v.indexOf("=")), v.slice(v.indexOf("=") + 1)]),
  );
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    format: { type: "string" },
    map: { type: "string", multiple: true, default: [] },
    stage: { type: "string", multiple: true, default: [] },
    "date-order": { type: "string", default: "ymd" },
    json: { type: "boolean", default: false },
  },
});
const parsed = ZArgs.safeParse({
  files: positionals,
  format: values.format,
  map: values.map,
  stage: values.stage,
  dateOrder: values["date-order"],
  json: values.json,
});
if (!parsed.success) fail(parsed.error.issues.map((i) => i.message).join("; "));
const args = parsed.data;

const map = pairs(args.map);
for (const field of Object.keys(map)) {
  if (!(OPPORTUNITY_FIELDS as readonly string[]).includes(field)) {
    fail(`unknown field "${field}" in --map; fields are: ${OPPORTUNITY_FIELDS.join(" ")}`);
  }
}
const stageOverrides = pairs(args.stage);
for (const [label, key] of Object.entries(stageOverrides)) {
  if (!STAGE_KEYS.includes(key))
    fail(`unknown stage "${key}" for "${label}"; stages are: ${STAGE_KEYS.join(" ")}`);
}

const data: PipelineData = { stages: DEFAULT_STAGES, opportunities: [], events: [] };
const historyEvents: StageEvent[] = [];
const rejected: (RowProblem & { file: string })[] = [];
let rows = 0;

for (const file of args.files) {
  if (!existsSync(file)) fail(`cannot read ${file}`);
  // The app's own streaming reader: the same line numbers, quoting and encoding rules.
  let head: CsvRecord | undefined;
  const lines: CsvRecord[] = [];
  try {
    for await (const record of csvRecords(createReadStream(file))) {
      if (head) lines.push(record);
      else head = record;
    }
  } catch (error) {
    fail(`${path.basename(file)}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!head) continue;
  const detected = detectFormat(head.cells);
  const options = { stages: DEFAULT_STAGES, stageOverrides, dateOrder: args.dateOrder };
  if (detected === "salesforce-history") {
    const history = readHistory(head.cells, lines, options);
    historyEvents.push(...history.events);
    rejected.push(...history.rejected.map((r) => ({ ...r, file: path.basename(file) })));
    rows += history.rows;
    continue;
  }
  const result = readOpportunities(head.cells, lines, {
    ...options,
    format: args.format ?? detected,
    map,
  });
  data.opportunities.push(...result.opportunities);
  data.events.push(...result.events);
  rejected.push(...result.rejected.map((r) => ({ ...r, file: path.basename(file) })));
  rows += result.rows;
}

// A history export replaces the one-event guess for the deals it covers.
if (historyEvents.length > 0) {
  const known = new Set(data.opportunities.map((o) => o.id));
  const covered = new Set(historyEvents.map((e) => e.opportunityId));
  data.events = [
    ...data.events.filter((e) => !covered.has(e.opportunityId)),
    ...historyEvents.filter((e) => known.has(e.opportunityId)),
  ];
}

const deals = dealMetrics(data);
const stages = stageMetrics(data);
const report = {
  winRate: deals.winRate,
  averageDealValue: deals.averageDealValue,
  averageCycleDays: deals.averageCycleDays,
  qualifiedCount: deals.qualifiedCount,
  velocityPerDay: deals.velocityPerDay,
  openPipelineValue: deals.openPipelineValue,
  won: deals.won,
  lost: deals.lost,
  open: deals.open,
  rowsImported: data.opportunities.length,
  rowsRejected: rejected.length,
  stages: stages.map((s) => ({
    key: s.key,
    entered: s.entered,
    movedForward: s.movedForward,
    dropped: s.dropped,
    conversionRate: s.conversionRate,
    medianDays: s.medianDays,
  })),
  rejected: rejected.slice(0, 100),
};

if (args.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const pct = (v: number | null) => (v === null ? "—" : `${(v * 100).toFixed(1)}%`);
  const money = (v: number | null) =>
    v === null ? "—" : `$${Math.round(v).toLocaleString("en-US")}`;
  const days = (v: number | null) => (v === null ? "—" : `${v.toFixed(1)} d`);
  console.log(
    `Rows read ${rows}; opportunities ${report.rowsImported}; rejected ${report.rowsRejected}\n`,
  );
  console.log(
    `Win rate            ${pct(report.winRate)}  (${report.won} won, ${report.lost} lost, ${report.open} open)`,
  );
  console.log(`Average deal value  ${money(report.averageDealValue)}`);
  console.log(`Average sales cycle ${days(report.averageCycleDays)}`);
  console.log(`Qualified now       ${report.qualifiedCount}`);
  console.log(`Pipeline velocity   ${money(report.velocityPerDay)} per day\n`);
  console.log("Stage         entered  forward  dropped  conversion  median");
  for (const s of report.stages) {
    console.log(
      `${s.key.padEnd(12)} ${String(s.entered).padStart(8)} ${String(s.movedForward).padStart(8)} ${String(s.dropped).padStart(8)} ${pct(s.conversionRate).padStart(11)} ${days(s.medianDays).padStart(8)}`,
    );
  }
  for (const r of report.rejected.slice(0, 20))
    console.log(`rejected ${r.file}:${r.line} ${r.column}: ${r.reason}`);
}
