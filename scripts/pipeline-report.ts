// npm run pipeline:report -- <files…> [--map field=column …] [--entered stage=column …]
//     [--stage label=stage …] [--leave label …] [--history id|stage|at=column …]
//     [--date-order ymd|mdy|dmy] [--currency USD] [--rate EUR=1.08 …] [--file-currency EUR]
//     [--export-date YYYY-MM-DD] [--stale 1.5|2|3] [--json]
// Pipeline figures for local CRM exports, without the web app. The same reader, guesser, mapping
// rules, de-duplication and model as the browser's imports (docs/pipeline-model.md): each file is
// sniffed (encoding, delimiter, decimal mark), read once for its stage labels and date order,
// then twice more as a stream; memory grows with the number of deals, not the size of the files.
import { createReadStream, existsSync, openSync, readSync, closeSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { DEFAULT_STAGES, pipelineFigures } from "../lib/domain/pipeline";
import {
  csvRecords,
  FileScanner,
  importInMemory,
  importStageSet,
  OPPORTUNITY_FIELDS,
  SNIFF_BYTES,
  sniffFile,
  suggestFileMapping,
  suggestStageLabels,
  unmappedLabels,
  type CsvDialect,
  type DateOrder,
  type MemoryFile,
  type StageLabelMap,
} from "../lib/domain/pipeline/import";

const STAGE_KEYS = DEFAULT_STAGES.map((s) => s.key);

function fail(message: string): never {
  console.error(`pipeline:report: ${message}`);
  process.exit(2);
}

/** "label=stage" split on the last "=", so a label may hold "=" itself. */
function pair(value: string, option: string): [string, string] {
  const at = value.lastIndexOf("=");
  if (at <= 0 || at === value.length - 1) fail(`${option} takes name=value, got "${value}"`);
  return [value.slice(0, at), value.slice(at + 1)];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    map: { type: "string", multiple: true, default: [] },
    entered: { type: "string", multiple: true, default: [] },
    stage: { type: "string", multiple: true, default: [] },
    leave: { type: "string", multiple: true, default: [] },
    history: { type: "string", multiple: true, default: [] },
    "date-order": { type: "string" },
    currency: { type: "string", default: "USD" },
    rate: { type: "string", multiple: true, default: [] },
    "file-currency": { type: "string" },
    "export-date": { type: "string" },
    stale: { type: "string", default: "2" },
    json: { type: "boolean", default: false },
  },
});
const ZCurrency = z.string().regex(/^[A-Za-z]{3}$/, "currencies are three-letter codes");
const args = z
  .object({
    files: z.array(z.string()).min(1, "name at least one CSV file"),
    dateOrder: z.enum(["ymd", "mdy", "dmy"]).optional(),
    currency: ZCurrency,
    fileCurrency: ZCurrency.optional(),
    exportDate: z.iso.date().optional(),
    stale: z.coerce.number().refine((m) => [1.5, 2, 3].includes(m), "--stale is 1.5, 2 or 3"),
  })
  .safeParse({
    files: positionals,
    dateOrder: values["date-order"],
    currency: values.currency,
    fileCurrency: values["file-currency"],
    exportDate: values["export-date"],
    stale: values.stale,
  });
if (!args.success) fail(args.error.issues.map((i) => i.message).join("; "));
const { files, dateOrder, exportDate, stale } = args.data;

const columns = Object.fromEntries(values.map.map((v) => pair(v, "--map")));
for (const field of Object.keys(columns))
  if (!(OPPORTUNITY_FIELDS as readonly string[]).includes(field))
    fail(`unknown field "${field}" in --map; fields are: ${OPPORTUNITY_FIELDS.join(" ")}`);
const entered = Object.fromEntries(values.entered.map((v) => pair(v, "--entered")));
const chosen: StageLabelMap = Object.fromEntries(values.stage.map((v) => pair(v, "--stage")));
for (const label of values.leave) chosen[label] = null;
for (const key of [...Object.keys(entered), ...Object.values(chosen)])
  if (key !== null && !STAGE_KEYS.includes(key))
    fail(`unknown stage "${key}"; stages are: ${STAGE_KEYS.join(" ")}`);
const historyColumns = Object.fromEntries(values.history.map((v) => pair(v, "--history")));
const rates = Object.fromEntries(
  values.rate.map((v) => {
    const [code, rate] = pair(v, "--rate");
    const value = Number(rate);
    if (!ZCurrency.safeParse(code).success || !(value > 0))
      fail(`--rate takes CODE=rate, got "${v}"`);
    return [code.toUpperCase(), value];
  }),
);

/** A file's first bytes: how it is written, or why it cannot be read at all. */
function sniff(file: string): CsvDialect & { decimalMark: "." | "," } {
  const fd = openSync(file, "r");
  const head = Buffer.alloc(SNIFF_BYTES);
  const read = readSync(fd, head, 0, SNIFF_BYTES, 0);
  closeSync(fd);
  const sniffed = sniffFile(head.subarray(0, read));
  if (!sniffed.ok) fail(`${path.basename(file)}: ${sniffed.reason}`);
  return sniffed;
}

const memoryFiles: MemoryFile[] = [];
const labels = new Set<string>();
let fileDateOrder: DateOrder | undefined;
for (const file of files) {
  if (!existsSync(file)) fail(`cannot read ${file}`);
  const dialect = sniff(file);
  const records = () => csvRecords(createReadStream(file), dialect);
  // The first read: the header, every column's values, the date order.
  let scanner: FileScanner | null = null;
  try {
    for await (const record of records()) {
      if (!scanner) scanner = new FileScanner(record.cells);
      else scanner.add(record.cells);
    }
  } catch (error) {
    fail(`${path.basename(file)}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const scan = (scanner ?? new FileScanner([])).result();
  const order = dateOrder ?? scan.dateOrder;
  fileDateOrder ??= order;
  const suggested = suggestFileMapping(memoryFiles.length, scan.header, DEFAULT_STAGES, order);
  const name = path.basename(file);
  if (suggested.role === "history") {
    const cols = { ...suggested.history, ...historyColumns } as {
      id: string;
      stage: string;
      at: string;
    };
    if (!cols.id || !cols.stage || !cols.at)
      fail(`${name} looks like a history file; name its columns with --history id=… stage=… at=…`);
    memoryFiles.push({ name, role: "history", records, columns: cols, dateOrder: order });
    for (const v of scan.columns.find((c) => c.name === cols.stage)?.values ?? [])
      labels.add(v.value);
    continue;
  }
  const mapping = {
    columns: { ...suggested.columns, ...columns },
    entered: { ...suggested.entered, ...entered },
    dateOrder: order,
    decimalMark: dialect.decimalMark,
  };
  if (!mapping.columns.id || !mapping.columns.stage)
    fail(
      `${name}: no column for the deal's ${mapping.columns.id ? "stage" : "id"}; name it with --map`,
    );
  const stageColumn = scan.columns.find((c) => c.name.trim() === mapping.columns.stage?.trim());
  if (stageColumn && stageColumn.values === null)
    fail(
      `${name}: "${mapping.columns.stage}" has more than 500 different values; it looks like free text, not stages`,
    );
  for (const v of stageColumn?.values ?? []) labels.add(v.value);
  memoryFiles.push({ name, role: "deals", records, mapping });
}

const stageLabels = { ...suggestStageLabels([...labels], DEFAULT_STAGES), ...chosen };
const unmapped = unmappedLabels([...labels], stageLabels);
const dealMappings = memoryFiles.flatMap((f) => (f.role === "deals" ? [f.mapping] : []));
const result = await importInMemory(
  memoryFiles,
  {
    stages: DEFAULT_STAGES,
    labels: stageLabels,
    set: importStageSet(DEFAULT_STAGES, stageLabels, dealMappings),
    currency: {
      base: args.data.currency.toUpperCase(),
      rates,
      fileCurrency: args.data.fileCurrency?.toUpperCase(),
    },
  },
  { exportDate: exportDate ? new Date(`${exportDate}T23:59:59.999Z`) : undefined, names: false },
).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));

const figures = pipelineFigures(result.data, { asOf: result.asOf, staleMultiple: stale });
const { deals } = figures;
const round = (v: number | null, places = 4) =>
  v === null ? null : Math.round(v * 10 ** places) / 10 ** places;
const report = {
  asOf: figures.asOf?.toISOString() ?? null,
  dateOrder: fileDateOrder ?? null,
  counts: result.counts,
  winRate: round(deals.winRate),
  averageWonValue: round(deals.averageDealValue, 2),
  cycleDays: round(deals.averageCycleDays),
  qualified: deals.qualifiedCount,
  velocityPerDay: round(deals.velocityPerDay, 2),
  openPipelineValue: round(deals.openPipelineValue, 2),
  won: deals.won,
  lost: deals.lost,
  open: deals.open,
  stages: figures.stages
    .filter((s) => s.entered > 0 || s.current > 0)
    .map((s) => ({
      key: s.key,
      entered: s.entered,
      movedOn: s.movedForward,
      dropped: s.dropped,
      hereNow: s.current,
      conversion: round(s.conversionRate),
      medianDays: round(s.medianDays),
      meanDays: round(s.meanDays),
      undatedStays: s.undatedStays,
      outOfOrderStays: s.outOfOrderStays,
    })),
  topOwnerByWonRevenue: figures.topByWonRevenue
    ? {
        owner: figures.topByWonRevenue.owner,
        share: round(figures.topByWonRevenue.wonRevenueShare),
      }
    : null,
  topOwnerByOpenValue: figures.topByOpenValue
    ? { owner: figures.topByOpenValue.owner, share: round(figures.topByOpenValue.openValueShare) }
    : null,
  staleCount: figures.stale.deals.length,
  staleNotJudged: figures.stale.unjudged,
  findings: result.findings,
  unmappedLabels: unmapped,
  refused: result.refused.slice(0, 100),
};

if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const pct = (v: number | null) => (v === null ? "—" : `${(v * 100).toFixed(1)}%`);
  const money = (v: number | null) =>
    v === null
      ? "—"
      : `${Math.round(v).toLocaleString("en-US")} ${args.data.currency.toUpperCase()}`;
  const days = (v: number | null) => (v === null ? "—" : `${v.toFixed(1)} d`);
  const c = result.counts;
  console.log(
    `Data as of ${report.asOf?.slice(0, 10) ?? "—"}. Rows read ${c.rows}: ${c.deals} deals, ${c.historyRows} history rows, ${c.refusedRows} refused, ${c.leftOut} left out by the mapping.\n`,
  );
  console.log(
    `Win rate            ${pct(deals.winRate)}  (${deals.won} won, ${deals.lost} lost, ${deals.open} open)`,
  );
  console.log(`Average won value   ${money(deals.averageDealValue)}`);
  console.log(`Average sales cycle ${days(deals.averageCycleDays)}`);
  console.log(`Qualified now       ${deals.qualifiedCount}`);
  console.log(`Pipeline velocity   ${money(deals.velocityPerDay)} per day`);
  console.log(
    `Stale deals         ${report.staleCount} (at ${stale}×; ${report.staleNotJudged} open deals have no dates to judge)\n`,
  );
  console.log("Stage         entered  moved on  dropped  conversion  median");
  for (const s of report.stages)
    console.log(
      `${s.key.padEnd(12)} ${String(s.entered).padStart(8)} ${String(s.movedOn).padStart(9)} ${String(s.dropped).padStart(8)} ${pct(s.conversion).padStart(11)} ${days(s.medianDays).padStart(8)}`,
    );
  if (report.topOwnerByWonRevenue)
    console.log(
      `\nTop owner by won revenue: ${report.topOwnerByWonRevenue.owner} (${pct(report.topOwnerByWonRevenue.share)})`,
    );
  if (report.topOwnerByOpenValue)
    console.log(
      `Top owner by open pipeline: ${report.topOwnerByOpenValue.owner} (${pct(report.topOwnerByOpenValue.share)})`,
    );
  const f = result.findings;
  if (f.duplicateIds.ids)
    console.log(`${f.duplicateIds.ids} ids appear more than once; the last row of each was kept.`);
  if (f.closeBeforeOpened)
    console.log(`${f.closeBeforeOpened} deals close before they open; left out of the cycle.`);
  const blank = f.blankAmounts.won + f.blankAmounts.lost + f.blankAmounts.open;
  if (blank) console.log(`${blank} deals have no amount; left out of value figures.`);
  if (unmapped.length)
    console.log(
      `Stage labels with no stage (their rows were refused): ${unmapped.join(", ")}. Map them with --stage "label=stage".`,
    );
  for (const r of report.refused.slice(0, 20))
    console.log(`refused ${r.file}:${r.line} ${r.column}: ${r.reason}`);
}
// Nothing usable read: say so to whatever runs this.
if (result.counts.deals === 0) process.exit(1);
