import { createReadStream, readFileSync } from "node:fs";
import { afterAll, describe, expect, inject, it } from "vitest";
import { appendImportFile } from "@/lib/data/pipeline/append-import-file";
import { cancelImport } from "@/lib/data/pipeline/cancel-import";
import { createImport } from "@/lib/data/pipeline/create-import";
import { getImport } from "@/lib/data/pipeline/get-import";
import { listImportProblems } from "@/lib/data/pipeline/list-import-problems";
import { queueImport } from "@/lib/data/pipeline/queue-import";
import { queryPipelineMetrics } from "@/lib/data/pipeline/query-pipeline-metrics";
import { runImport } from "@/lib/services/pipeline/run-import/run-import";
import {
  DEFAULT_STAGES,
  dealMetrics,
  generatePipeline,
  hubspotDealsCsv,
  stageMetrics,
} from "@/lib/domain/pipeline";
import { csvRecords, readOpportunities, type ImportOptions } from "@/lib/domain/pipeline/import";
import { createOrg, createUser } from "../support/fixtures";
import { query } from "../support/test-database";

const ownerUrl = inject("ownerDatabaseUrl");
const MB = 1 << 20;

type Upload = { name: string; body: AsyncIterable<Uint8Array> | Iterable<Uint8Array> };

const fixture = (name: string): Upload => ({
  name,
  body: createReadStream(`tests/fixtures/crm/${name}`, { highWaterMark: 64 * 1024 }),
});
const text = (name: string, csv: string): Upload => ({
  name,
  body: [new TextEncoder().encode(csv)],
});

async function importFiles(
  organizationId: string,
  uploads: Upload[],
  options: Partial<ImportOptions> = {},
  run: { batchRows?: number } = {},
) {
  const user = await createUser("importer");
  const { id } = await createImport(organizationId, user.id);
  for (const upload of uploads) {
    await appendImportFile(organizationId, id, upload.name, toAsync(upload.body), 50 * MB);
  }
  await queueImport(organizationId, id, {
    map: {},
    stageOverrides: {},
    dateOrder: "ymd",
    ...options,
  });
  const status = await runImport({ organizationId, importId: id }, run);
  return { id, status, view: await getImport(organizationId, id) };
}

async function* toAsync(body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>) {
  for await (const part of body) yield part;
}

async function rows(organizationId: string) {
  const opportunities = await query<Record<string, unknown>>(
    ownerUrl,
    `select "externalId", name, amount::text, "stageKey", "stageEnteredAt", "updatedAt", status
       from "Opportunity" where "organizationId" = $1 order by 1`,
    [organizationId],
  );
  const events = await query<Record<string, unknown>>(
    ownerUrl,
    `select o."externalId", e."stageKey", e."enteredAt" from "StageEvent" e
       join "Opportunity" o on o.id = e."opportunityId" and o."organizationId" = e."organizationId"
      where e."organizationId" = $1 order by 1, 3, 2`,
    [organizationId],
  );
  return { opportunities, events };
}

describe("the import job", () => {
  afterAll(async () => {
    const { jobQueue } = await import("@/lib/jobs/queue");
    await (await jobQueue()).stop({ graceful: false, wait: true });
  });

  it("runs on the job queue: a queued import is picked up by a worker", async () => {
    const { enqueueImport, startJobWorkers } = await import("@/lib/jobs/queue");
    const { registerImportJobs } = await import("@/lib/services/jobs/register-job-handlers");
    const org = await createOrg("import-job-queue");
    const user = await createUser("queue");
    const { id } = await createImport(org.id, user.id);
    await appendImportFile(org.id, id, "deals.csv", toAsync(fixture("hubspot-deals.csv").body), MB);
    await queueImport(org.id, id, { map: {}, stageOverrides: {}, dateOrder: "ymd" });
    registerImportJobs();
    await startJobWorkers();
    await enqueueImport({ organizationId: org.id, importId: id });
    let view = await getImport(org.id, id);
    for (let i = 0; i < 100 && !["SUCCEEDED", "FAILED"].includes(view.status); i++) {
      await new Promise((r) => setTimeout(r, 100));
      view = await getImport(org.id, id);
    }
    expect(view).toMatchObject({
      status: "SUCCEEDED",
      rowsDone: 5,
      rowsImported: 3,
      rowsRejected: 2,
    });
  });

  it("imports a generated HubSpot export of 3,000 deals in batches, with the reference's metrics", async () => {
    const org = await createOrg("import-job-hubspot");
    const data = generatePipeline({
      seed: 7,
      opportunities: 3000,
      from: new Date("2025-01-01T00:00:00Z"),
      until: new Date("2026-06-30T00:00:00Z"),
    });
    const csv = [...hubspotDealsCsv(data)].join("");
    const { status, view } = await importFiles(
      org.id,
      [text("deals.csv", csv)],
      {},
      { batchRows: 700 },
    );
    expect(status).toBe("SUCCEEDED");
    expect(view).toMatchObject({
      status: "SUCCEEDED",
      rowsDone: 3000,
      rowsImported: 3000,
      rowsRejected: 0,
    });
    expect(view.bytesDone).toBe(Buffer.byteLength(csv));

    // The reference: the same file read whole, in memory.
    const records = [];
    for await (const r of csvRecords([Buffer.from(csv)])) records.push(r);
    const [header, ...body] = records;
    const reference = readOpportunities(header!.cells, body, {
      format: "hubspot",
      stages: DEFAULT_STAGES,
    });
    const expected = { stages: DEFAULT_STAGES, ...reference };
    const sql = await queryPipelineMetrics(org.id);
    const deals = dealMetrics(expected);
    expect(sql.deals.won).toBe(deals.won);
    expect(sql.deals.qualifiedCount).toBe(deals.qualifiedCount);
    expect(sql.deals.winRate).toBeCloseTo(deals.winRate!, 9);
    expect(sql.deals.velocityPerDay).toBeCloseTo(deals.velocityPerDay!, 6);
    expect(sql.stages.map((s) => [s.key, s.entered, s.movedForward, s.dropped])).toEqual(
      stageMetrics(expected).map((s) => [s.key, s.entered, s.movedForward, s.dropped]),
    );
    // Nothing of the upload is kept once the data is in.
    const chunks = await query(
      ownerUrl,
      `select 1 from "PipelineImportChunk" where "organizationId" = $1`,
      [org.id],
    );
    expect(chunks).toHaveLength(0);
  });

  it("changes nothing when the same file is imported a second time", async () => {
    const org = await createOrg("import-job-twice");
    const first = await importFiles(org.id, [fixture("hubspot-deals.csv")]);
    expect(first.status).toBe("SUCCEEDED");
    const before = await rows(org.id);
    expect(before.opportunities.length).toBeGreaterThan(0);
    const second = await importFiles(org.id, [fixture("hubspot-deals.csv")]);
    expect(second.status).toBe("SUCCEEDED");
    expect(await rows(org.id)).toEqual(before);
  });

  it("reports each refused row with its line, column and reason", async () => {
    const org = await createOrg("import-job-problems");
    const csv =
      "\uFEFFRecord ID,Deal Name,Deal Stage,Amount,Create Date,Close Date\n" +
      '1,"Quoted\nname",Closed Won,"$1,000",2026-01-01,2026-02-01\n' +
      '2,=HYPERLINK("x"),Appointment Scheduled,abc,2026-01-02,\n' +
      "3,Third,Nowhere,500,2026-01-03,\n" +
      "4,Fourth,Appointment Scheduled,700,not a date,\n";
    const { status, id, view } = await importFiles(org.id, [text("deals.csv", csv)]);
    expect(status).toBe("SUCCEEDED");
    expect(view).toMatchObject({ rowsDone: 4, rowsImported: 1, rowsRejected: 3 });
    const problems = await listImportProblems(org.id, id);
    expect(problems).toEqual([
      { file: "deals.csv", line: 4, column: "Amount", reason: '"abc" is not an amount' },
      {
        file: "deals.csv",
        line: 5,
        column: "Deal Stage",
        reason: 'unknown stage "Nowhere"; map it with label=stage',
      },
      { file: "deals.csv", line: 6, column: "Create Date", reason: '"not a date" is not a date' },
    ]);
    const stored = await rows(org.id);
    // The BOM is not part of the first header; the quoted newline stays inside the name.
    expect(stored.opportunities).toEqual([
      expect.objectContaining({
        externalId: "1",
        name: "Quoted\nname",
        amount: "1000.00",
        status: "WON",
      }),
    ]);
  });

  it("imports a Salesforce export with its stage history file, in either upload order", async () => {
    const org = await createOrg("import-job-salesforce");
    const { status, view } = await importFiles(
      org.id,
      [fixture("salesforce-history.csv"), fixture("salesforce-opportunities.csv")],
      { dateOrder: "mdy" },
    );
    expect(status).toBe("SUCCEEDED");
    expect(view.files.map((f) => f.format)).toEqual(["salesforce-history", "salesforce"]);
    const stored = await rows(org.id);
    const historyLines =
      readFileSync("tests/fixtures/crm/salesforce-history.csv", "utf8").trim().split("\n").length -
      1;
    expect(stored.events.filter((e) => e.externalId === "006A")).toHaveLength(4);
    expect(stored.events.length).toBeGreaterThanOrEqual(historyLines - view.rowsRejected);
    const a = stored.opportunities.find((o) => o.externalId === "006A");
    expect(a).toMatchObject({ stageKey: "won", status: "WON" });
  });

  it("imports any CSV through a column, stage and date mapping, and remembers the stage labels", async () => {
    const org = await createOrg("import-job-mapped");
    const { status, view } = await importFiles(org.id, [fixture("custom.csv")], {
      format: "csv",
      map: {
        id: "Deal",
        owner: "Rep",
        amount: "Value",
        created: "Opened",
        closed: "Closed",
        stage: "Status",
      },
      stageOverrides: { Signed: "won", Talking: "sql", Dropped: "lost" },
      dateOrder: "dmy",
    });
    expect(status).toBe("SUCCEEDED");
    expect(view.rowsRejected).toBe(0);
    const stored = await rows(org.id);
    expect(stored.opportunities.find((o) => o.externalId === "X-1")).toMatchObject({
      amount: "1500.00",
      status: "WON",
    });
    const labels = await query<{ crmLabels: string[] }>(
      ownerUrl,
      `select "crmLabels" from "PipelineStage" where "organizationId" = $1 and key = 'sql'`,
      [org.id],
    );
    expect(labels[0]!.crmLabels).toContain("Talking");
  });

  it("leaves nothing behind when a later file fails", async () => {
    const org = await createOrg("import-job-all-or-nothing");
    const { status, view } = await importFiles(org.id, [
      fixture("hubspot-deals.csv"),
      text("broken.csv", "Name,Value\nA,1\n"),
    ]);
    expect(status).toBe("FAILED");
    expect(view.error).toMatch(/broken\.csv has no column for id, stage, created/);
    expect(await rows(org.id)).toEqual({ opportunities: [], events: [] });
  });

  it("fails with the line to look at when the file stops being CSV", async () => {
    const org = await createOrg("import-job-unreadable");
    const csv =
      "Record ID,Deal Name,Deal Stage,Create Date\n1,Alpha,Closed Won,2026-01-01\n" +
      '2,"Beta never closes its quote,Closed Won,2026-01-02\n';
    const { status, view } = await importFiles(org.id, [text("deals.csv", csv)]);
    expect(status).toBe("FAILED");
    expect(view.error).toMatch(/^deals\.csv: line \d+ cannot be read as CSV/);
    expect(await rows(org.id)).toEqual({ opportunities: [], events: [] });
  });

  it("stops at the next batch when cancelled, and keeps nothing", async () => {
    const org = await createOrg("import-job-cancel");
    const user = await createUser("canceller");
    const data = generatePipeline({
      seed: 3,
      opportunities: 4000,
      from: new Date("2025-01-01T00:00:00Z"),
      until: new Date("2026-06-30T00:00:00Z"),
    });
    const { id } = await createImport(org.id, user.id);
    await appendImportFile(
      org.id,
      id,
      "deals.csv",
      toAsync([Buffer.from([...hubspotDealsCsv(data)].join(""))]),
      50 * MB,
    );
    await queueImport(org.id, id, { map: {}, stageOverrides: {}, dateOrder: "ymd" });
    const running = runImport({ organizationId: org.id, importId: id }, { batchRows: 20 });
    // Cancel once the progress shows rows done.
    for (let i = 0; i < 500; i++) {
      const view = await getImport(org.id, id);
      if (view.rowsDone > 0) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    await cancelImport(org.id, id);
    expect(await running).toBe("CANCELLED");
    const view = await getImport(org.id, id);
    expect(view.status).toBe("CANCELLED");
    expect(view.rowsDone).toBeLessThan(4000);
    expect(await rows(org.id)).toEqual({ opportunities: [], events: [] });
  });
});
