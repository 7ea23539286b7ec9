// npm run bench:report -- [--opportunities 1000000]
// The command line on a large export: wall time and peak memory of `pipeline:report --json` over
// a generated HubSpot deals export, beside a baseline in the same run: a process that only
// streams the same file through the same CSV reader and counts its rows (the floor of reading).
// Memory is the process's high-water mark (VmHWM), read from /proc while it runs.
import { spawn } from "node:child_process";
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
} from "node:fs";
import { once } from "node:events";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { opportunities: { type: "string", default: "1000000" } },
});
const size = Number(values.opportunities);
if (!Number.isInteger(size) || size < 1) {
  console.error("bench:report: --opportunities takes a whole number.");
  process.exit(2);
}

mkdirSync(".data/bench", { recursive: true });
const file = path.resolve(`.data/bench/hubspot-deals-${size}.csv`);
if (!existsSync(file)) {
  const { generatePipeline, hubspotDealsCsv } = await import("../lib/domain/pipeline");
  const until = new Date("2026-10-31T00:00:00Z");
  const data = generatePipeline({
    seed: 2026,
    opportunities: size,
    from: new Date(until.getTime() - 3 * 365 * 86_400_000),
    until,
  });
  const out = createWriteStream(`${file}.partial`);
  for (const line of hubspotDealsCsv(data)) if (!out.write(line)) await once(out, "drain");
  out.end();
  await once(out, "finish");
  renameSync(`${file}.partial`, file);
}
console.log(
  `[bench] ${path.relative(".", file)}: ${(statSync(file).size / 2 ** 20).toFixed(0)} MB`,
);

/** Run a command, sampling its memory high-water mark; wall time, peak MB, exit code, stdout. */
async function measure(args: string[]) {
  const start = performance.now();
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  let stdout = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  let peakKb = 0;
  const sample = () => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peakKb = Math.max(peakKb, kb);
    } catch {
      // The process has ended.
    }
  };
  const timer = setInterval(sample, 50);
  const [code] = (await once(child, "exit")) as [number];
  clearInterval(timer);
  return { ms: performance.now() - start, peakMb: peakKb / 1024, code, stdout };
}

const baseline = await measure([
  "--import",
  "tsx",
  "-e",
  `import { createReadStream } from "node:fs";
   import { csvRecords } from "./lib/domain/pipeline/import";
   let rows = 0;
   for await (const _ of csvRecords(createReadStream(${JSON.stringify(file)}))) rows++;
   console.log(rows);`,
]);
// Exactly as `npm run pipeline:report` runs it (its heap ceiling included), without npm between.
const command = JSON.parse(readFileSync("package.json", "utf8")).scripts[
  "pipeline:report"
] as string;
const report = await measure([...command.split(" ").slice(1), file, "--json"]);
if (report.code !== 0) throw new Error(`pipeline:report exited ${report.code}`);
const figures = JSON.parse(report.stdout);

console.log("");
console.log(`pipeline:report on ${size.toLocaleString("en-US")} deals`);
console.log(
  `  pipeline:report --json   ${(report.ms / 1000).toFixed(1)} s, peak ${report.peakMb.toFixed(0)} MB  (${figures.counts.deals.toLocaleString("en-US")} deals read, win rate ${figures.winRate})`,
);
console.log(
  `  baseline: stream + count ${(baseline.ms / 1000).toFixed(1)} s, peak ${baseline.peakMb.toFixed(0)} MB  (${Number(baseline.stdout.trim()).toLocaleString("en-US")} records)`,
);
