// npm run bench:pipeline -- [--opportunities 1000000] [--runs 20]
// Builds one tenant from a generated HubSpot deals export (seeded) through the real import path
// (upload into chunks, the streaming reader, batched upserts in one transaction), and prints:
//   import rows/s            next to  psql \copy of the same file into a plain table
//   dashboard p50/p95 (warm) next to  one plain GROUP BY scan of the tenant's stage events
//   peak memory (RSS) of the process that ran the import
// Uses DATABASE_URL/MIGRATION_DATABASE_URL when set, else a throwaway embedded Postgres.
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { enableLocalAppLogin } from "./lib/app-role.mjs";
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs";
import { installJobQueue } from "./lib/job-queue.mjs";
import { createMigrator } from "./lib/migrator.mjs";

const { values } = parseArgs({
  options: {
    opportunities: { type: "string", default: "1000000" },
    runs: { type: "string", default: "20" },
  },
});
const size = Number(values.opportunities);
const runs = Number(values.runs);
if (!Number.isInteger(size) || size < 1 || !Number.isInteger(runs) || runs < 2) {
  console.error("bench:pipeline: --opportunities and --runs take whole numbers (runs ≥ 2).");
  process.exit(2);
}
const psql = spawnSync("psql", ["--version"]).status === 0 ? "psql" : null;
if (!psql) {
  console.error(
    "bench:pipeline: psql is needed for the \\copy baseline (apt-get install postgresql-client).",
  );
  process.exit(2);
}

const log = (message: string) => console.log(`[bench] ${message}`);

/** Poll until `probe` gives a value (every 100 ms), and return it. */
async function until<T>(probe: () => Promise<T | null>): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A second organization with a small import queued and mapped, ready to be sent to the queue:
 * it must start while the first organization's summary is being computed.
 */
async function otherOrganization(owner: pg.Client) {
  const { randomUUID } = await import("node:crypto");
  const organizationId = randomUUID();
  const userId = randomUUID();
  await owner.query(
    `insert into "Organization" (id, slug, name, "updatedAt") values ($1, $2, 'Other Co', now())`,
    [organizationId, `other-${organizationId.slice(0, 8)}`],
  );
  await owner.query(`insert into "User" (id, email, "updatedAt") values ($1, $2, now())`, [
    userId,
    `other-${userId.slice(0, 8)}@bench.test`,
  ]);
  const { generatePipeline, hubspotDealsCsv } = await import("../lib/domain/pipeline");
  const csv = [
    ...hubspotDealsCsv(
      generatePipeline({
        seed: 5,
        opportunities: 2000,
        from: new Date("2026-01-01"),
        until: new Date("2026-10-31"),
      }),
    ),
  ].join("");
  const { appendImportFile } = await import("../lib/data/pipeline/append-import-file");
  const { createImport } = await import("../lib/data/pipeline/create-import");
  const { queueImport } = await import("../lib/data/pipeline/queue-import");
  const { scanImportFile } = await import("../lib/services/pipeline/scan-import-file");
  const { id: importId } = await createImport(organizationId, userId);
  await appendImportFile(
    organizationId,
    importId,
    "other.csv",
    (async function* () {
      yield Buffer.from(csv);
    })(),
    2 ** 30,
    {
      encoding: "utf-8",
      delimiter: ",",
      decimalMark: ".",
    },
  );
  await scanImportFile({ organizationId, importId, fileIndex: 0 });
  await queueImport(organizationId, importId, await mappingFor(organizationId, importId));
  return { organizationId, importId };
}

/** The mapping the form would start with for the generated HubSpot export, every label mapped. */
async function mappingFor(organizationId: string, importId: string) {
  const { getImport } = await import("../lib/data/pipeline/get-import");
  const { DEFAULT_STAGES } = await import("../lib/domain/pipeline");
  const { suggestFileMapping, suggestStageLabels } = await import("../lib/domain/pipeline/import");
  const view = await getImport(organizationId, importId);
  const scan = view.files[0]!.scan as unknown as import("../lib/domain/pipeline/import").FileScan;
  const mapping = suggestFileMapping(0, scan.header, DEFAULT_STAGES, scan.dateOrder);
  const labels = scan.columns.find((c) => c.name === mapping.columns.stage)?.values ?? [];
  return {
    files: [mapping],
    stageLabels: suggestStageLabels(
      labels.map((l) => l.value),
      DEFAULT_STAGES,
    ),
    currency: { rates: {} },
  };
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rate = (rows: number, ms: number) =>
  `${Math.round(rows / (ms / 1000)).toLocaleString("en-US")} rows/s`;
function percentile(sorted: number[], p: number) {
  const i = (sorted.length - 1) * p;
  const lo = Math.floor(i);
  return sorted[lo]! + (sorted[Math.ceil(i)]! - sorted[lo]!) * (i - lo);
}
async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

// ── 1. The file: a generated HubSpot export, written line by line (kept between runs) ──
mkdirSync(".data/bench", { recursive: true });
const file = path.resolve(`.data/bench/hubspot-deals-${size}.csv`);
if (!existsSync(file)) {
  const { generatePipeline, hubspotDealsCsv } = await import("../lib/domain/pipeline");
  const [, ms] = await timed(async () => {
    const until = new Date("2026-10-31T00:00:00Z");
    const data = generatePipeline({
      seed: 2026,
      opportunities: size,
      from: new Date(until.getTime() - 3 * 365 * 24 * 3600 * 1000),
      until,
    });
    const out = createWriteStream(`${file}.partial`);
    for (const line of hubspotDealsCsv(data)) {
      if (!out.write(line)) await once(out, "drain");
    }
    out.end();
    await once(out, "finish");
    const { renameSync } = await import("node:fs");
    renameSync(`${file}.partial`, file);
  });
  log(`generated ${path.relative(".", file)} in ${seconds(ms)}`);
}
const bytes = statSync(file).size;
log(`file: ${size.toLocaleString("en-US")} deals, ${(bytes / 2 ** 20).toFixed(0)} MB`);

// ── 2. The database ──
let ownerUrl = process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL;
let stop: (() => Promise<void>) | undefined;
if (!ownerUrl) {
  const db = await startEmbeddedPostgres({
    dataDir: `.data/bench-pg-${process.pid}`,
    database: "bench",
    persistent: false,
  });
  ownerUrl = db.url;
  stop = db.stop;
}
const migrator = await createMigrator({ url: ownerUrl });
await migrator.deploy();
migrator.close();
await installJobQueue(ownerUrl);
process.env.DATABASE_URL = await enableLocalAppLogin(ownerUrl);
process.env.AUTH_SECRET ??= "bench-only-secret-bench-only-secret-0000";
process.env.LINK_ENCRYPTION_KEY ??= Buffer.alloc(32, 1).toString("base64");
const owner = new pg.Client({ connectionString: ownerUrl });
await owner.connect();

try {
  const { randomUUID } = await import("node:crypto");
  const organizationId = randomUUID();
  const userId = randomUUID();
  await owner.query(
    `insert into "Organization" (id, slug, name, "updatedAt") values ($1, $2, 'Bench Co', now())`,
    [organizationId, `bench-${organizationId.slice(0, 8)}`],
  );
  await owner.query(`insert into "User" (id, email, "updatedAt") values ($1, $2, now())`, [
    userId,
    `bench-${userId.slice(0, 8)}@bench.test`,
  ]);

  // ── 3. Import through the app's path ──
  const { appendImportFile } = await import("../lib/data/pipeline/append-import-file");
  const { createImport } = await import("../lib/data/pipeline/create-import");
  const { getImport } = await import("../lib/data/pipeline/get-import");
  const { queueImport } = await import("../lib/data/pipeline/queue-import");
  const { runImport } = await import("../lib/services/pipeline/run-import/run-import");
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  const { id: importId } = await createImport(organizationId, userId);
  const [, uploadMs] = await timed(() =>
    appendImportFile(
      organizationId,
      importId,
      path.basename(file),
      createReadStream(file),
      8 * 2 ** 30,
      { encoding: "utf-8", delimiter: ",", decimalMark: "." },
    ),
  );
  const { scanImportFile } = await import("../lib/services/pipeline/scan-import-file");
  const [, scanMs] = await timed(() => scanImportFile({ organizationId, importId, fileIndex: 0 }));
  await queueImport(organizationId, importId, await mappingFor(organizationId, importId));
  const [status, importMs] = await timed(() => runImport({ organizationId, importId }));
  clearInterval(sampler);
  const view = await getImport(organizationId, importId);
  if (status !== "SUCCEEDED") throw new Error(`import ended ${status}: ${view.error}`);
  // The summary job after the import, on the job queue as the app runs it (ANALYZE, then every
  // figure); meanwhile another organization's small import is queued, and waits for nobody.
  const { registerImportJobs } = await import("../lib/services/jobs/register-job-handlers");
  const { enqueueImport, enqueuePipelineSummary, jobQueue, startJobWorkers } =
    await import("../lib/jobs/queue");
  registerImportJobs();
  await startJobWorkers();
  const other = await otherOrganization(owner);
  const summaryStart = performance.now();
  await enqueuePipelineSummary({ organizationId });
  await new Promise((r) => setTimeout(r, 1_000));
  const otherQueuedAt = performance.now();
  await enqueueImport(other);
  const otherStart = await until(async () => {
    const v = await getImport(other.organizationId, other.importId);
    return v.startedAt ? performance.now() : null;
  });
  const otherWaitMs = otherStart - otherQueuedAt;
  const summaryMs =
    (await until(async () => {
      const r = await owner.query(
        `select "dataVersion" = version as current from "PipelineSummary" where "organizationId" = $1`,
        [organizationId],
      );
      return r.rows[0]?.current ? performance.now() : null;
    })) - summaryStart;
  // The other organization's import finishes (and queues its own figures) before the queue stops.
  await until(async () => {
    const v = await getImport(other.organizationId, other.importId);
    return v.status === "SUCCEEDED" ? true : null;
  });
  const events = Number(
    (
      await owner.query(`select count(*) from "StageEvent" where "organizationId" = $1`, [
        organizationId,
      ])
    ).rows[0].count,
  );

  // ── 4. Baseline: psql \copy of the same file into a plain table ──
  const header = (await import("node:fs"))
    .readFileSync(file, "utf8")
    .slice(0, 4096)
    .split("\n")[0]!;
  const columns = header.split(",").length;
  await owner.query(`drop table if exists bench_copy`);
  await owner.query(
    `create unlogged table bench_copy (${Array.from({ length: columns }, (_, i) => `c${i} text`).join(", ")})`,
  );
  const copyStart = performance.now();
  const copy = spawnSync(
    psql,
    [ownerUrl, "-v", "ON_ERROR_STOP=1", "-c", `\\copy bench_copy from '${file}' csv header`],
    {
      encoding: "utf8",
    },
  );
  const copyMs = performance.now() - copyStart;
  if (copy.status !== 0) throw new Error(`psql \\copy failed: ${copy.stderr}`);
  await owner.query(`drop table bench_copy`);
  await owner.query(`vacuum analyze "Opportunity"`);
  await owner.query(`vacuum analyze "StageEvent"`);

  // ── 5. Dashboard (warm) against one plain GROUP BY scan of the tenant's events ──
  const { loadPipelineDashboard } =
    await import("../lib/services/pipeline/load-pipeline-dashboard");
  const { withTenant } = await import("../lib/db");
  const sample = async (fn: () => Promise<unknown>) => {
    const [, first] = await timed(fn); // the cold first view, then warm runs
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push((await timed(fn))[1]);
    times.sort((a, b) => a - b);
    return { first, p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
  };
  const dashboard = await sample(() => loadPipelineDashboard(organizationId, {}));
  // A filter combination's first view: the page's answer, then (on a large pipeline, where a job
  // computes the figures) until the figures are stored and served.
  const readyStart = performance.now();
  const filteredView = () => loadPipelineDashboard(organizationId, { source: "Referral" });
  const [firstView, firstAnswer] = await timed(filteredView);
  let answer = firstView;
  const computedByJob = answer.state === "current" && answer.filteredComputing;
  while (answer.state === "current" && answer.filteredComputing) {
    if (performance.now() - readyStart > 10 * 60_000)
      throw new Error("filtered figures never came");
    await new Promise((r) => setTimeout(r, 100));
    answer = await filteredView();
  }
  const filteredReady = performance.now() - readyStart;
  const filtered = await sample(() =>
    loadPipelineDashboard(organizationId, { source: "Referral" }),
  );
  // Stopped only now: the filter's first view above has its figures computed by a queued job.
  await (await jobQueue()).stop({ graceful: true, wait: true });
  const scan = await sample(() =>
    withTenant(
      organizationId,
      (tx) =>
        tx.$queryRaw`select "stageKey", count(*) from "StageEvent"
                    where "organizationId" = ${organizationId}::uuid group by 1`,
    ),
  );

  const ms = (v: number) => `${Math.round(v)} ms`;
  console.log("");
  console.log(
    `Pipeline benchmark: ${size.toLocaleString("en-US")} opportunities, ${events.toLocaleString("en-US")} stage events`,
  );
  console.log(
    `  upload into storage     ${seconds(uploadMs)}  (${(bytes / 2 ** 20 / (uploadMs / 1000)).toFixed(0)} MB/s)`,
  );
  console.log(
    `  import                  ${seconds(importMs)}  ${rate(view.rowsDone, importMs)}  (${view.rowsImported.toLocaleString("en-US")} imported, ${view.rowsRejected} refused)`,
  );
  console.log(`  baseline psql \\copy     ${seconds(copyMs)}  ${rate(size, copyMs)}`);
  console.log(`  file scan (mapping)     ${seconds(scanMs)}`);
  console.log(
    `  dashboard summary       ${seconds(summaryMs)}  (the summary job on the queue: ANALYZE, then every figure)`,
  );
  console.log(
    `  another org's import    started ${seconds(otherWaitMs)} after it was queued, during that summary`,
  );
  console.log(
    `  dashboard, whole        p50 ${ms(dashboard.p50)}  p95 ${ms(dashboard.p95)}  (${runs} warm runs)`,
  );
  console.log(
    `  dashboard, filtered     p50 ${ms(filtered.p50)}  p95 ${ms(filtered.p95)}  (source = Referral, stored)`,
  );
  console.log(
    `  filter, first view      page answers in ${ms(firstAnswer)}; ${computedByJob ? `computed by the job, figures in ${seconds(filteredReady)}` : "computed while the page waits"}  (source = Referral)`,
  );
  console.log(`  baseline GROUP BY scan  p50 ${ms(scan.p50)}  p95 ${ms(scan.p95)}`);
  console.log(
    `  peak memory (RSS)       ${(peakRss / 2 ** 20).toFixed(0)} MB during import (${(rssBefore / 2 ** 20).toFixed(0)} MB before)`,
  );
} finally {
  await owner.end();
  const { db } = await import("../lib/db");
  await db.$disconnect();
  await stop?.();
}
