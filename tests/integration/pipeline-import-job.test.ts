import { afterAll, describe, expect, inject, it } from "vitest";
import { getImport } from "@/lib/data/pipeline/get-import";
import { listImportProblems } from "@/lib/data/pipeline/list-import-problems";
import {
  DEFAULT_STAGES,
  dealMetrics,
  generatePipeline,
  hubspotDealsCsv,
  pipelineFigures,
  stageMetrics,
} from "@/lib/domain/pipeline";
import {
  csvRecords,
  importInMemory,
  importStageSet,
  suggestFileMapping,
  suggestStageLabels,
  type ImportOptions,
} from "@/lib/domain/pipeline/import";
import { AppError } from "@/lib/errors";
import { cancelImport, deletePipelineData, undoImport } from "@/lib/services/pipeline/imports";
import { loadImportMapping } from "@/lib/services/pipeline/load-import-mapping";
import { loadPipelineDashboard } from "@/lib/services/pipeline/load-pipeline-dashboard";
import { refreshPipelineSummary } from "@/lib/services/pipeline/pipeline-summary";
import { runImport } from "@/lib/services/pipeline/run-import/run-import";
import { startImport } from "@/lib/services/pipeline/start-import";
import { fromText, importAll, orgContext, uploadAll } from "../support/import-flow";
import { query } from "../support/test-database";

const ownerUrl = inject("ownerDatabaseUrl");

/** The mapping the form starts with for a file, every label given its default stage. */
async function defaultOptions(
  ctx: Awaited<ReturnType<typeof orgContext>>,
  importId: string,
  extra: Partial<ImportOptions> = {},
): Promise<ImportOptions> {
  const loaded = await loadImportMapping(ctx, importId);
  return {
    files: loaded.files.map((f) => f.mapping),
    stageLabels: loaded.stageLabels,
    currency: { rates: {} },
    ...extra,
  };
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
    `select o."externalId", e.seq, e."stageKey", e."enteredAt", e.estimated, e.back from "StageEvent" e
       join "Opportunity" o on o.id = e."opportunityId" and o."organizationId" = e."organizationId"
      where e."organizationId" = $1 order by 1, 2`,
    [organizationId],
  );
  return { opportunities, events };
}

const HUBSPOT = `Record ID,Deal Name,Deal Stage,Amount,Create Date,Close Date
1,Alpha,Closed Won,"$1,000",2026-01-01,2026-02-01
2,Beta,Appointment Scheduled,500,2026-01-02,
3,Gamma,Qualified To Buy,700,2026-01-03,
`;

describe("the import job", () => {
  afterAll(async () => {
    const { jobQueue } = await import("@/lib/jobs/queue");
    await (await jobQueue()).stop({ graceful: false, wait: true });
  });

  it("runs on the job queue: the import, then its figures, each picked up by a worker", async () => {
    const { enqueueImport, startJobWorkers } = await import("@/lib/jobs/queue");
    const { registerImportJobs } = await import("@/lib/services/jobs/register-job-handlers");
    const ctx = await orgContext("import-job-queue");
    const importId = await uploadAll(ctx, [fromText("deals.csv", HUBSPOT)]);
    const options = await defaultOptions(ctx, importId);
    registerImportJobs();
    await startJobWorkers();
    await startImport(ctx, importId, options);
    // A second delivery of the same job does the import once.
    await enqueueImport({ organizationId: ctx.organization.id, importId });
    let page = await loadPipelineDashboard(ctx.organization.id, {});
    for (let i = 0; i < 200 && page.state !== "current"; i++) {
      await new Promise((r) => setTimeout(r, 100));
      page = await loadPipelineDashboard(ctx.organization.id, {});
    }
    const done = await getImport(ctx.organization.id, importId);
    expect([done.status, done.error]).toEqual(["SUCCEEDED", null]);
    if (page.state !== "current") throw new Error(`figures still ${page.state}`);
    expect(page.deals).toMatchObject({ won: 1, open: 2 });
  });

  it("imports a generated HubSpot export of 3,000 deals in batches, with the in-memory reading's figures", async () => {
    const ctx = await orgContext("import-job-hubspot");
    const data = generatePipeline({
      seed: 7,
      opportunities: 3000,
      from: new Date("2025-01-01T00:00:00Z"),
      until: new Date("2026-06-30T00:00:00Z"),
    });
    const csv = [...hubspotDealsCsv(data)].join("");
    const importId = await uploadAll(ctx, [fromText("deals.csv", csv)]);
    const options = await defaultOptions(ctx, importId);
    await startImport(ctx, importId, options);
    expect(
      await runImport({ organizationId: ctx.organization.id, importId }, { batchRows: 700 }),
    ).toBe("SUCCEEDED");
    const view = await getImport(ctx.organization.id, importId);
    expect(view).toMatchObject({ dealsImported: 3000, rowsRejected: 0 });
    await refreshPipelineSummary(ctx.organization.id);

    // The same file read whole, in memory, as pipeline:report does.
    const memory = await importInMemory(
      [
        {
          name: "deals.csv",
          role: "deals",
          records: () => csvRecords([Buffer.from(csv)]),
          mapping: options.files[0]!,
        },
      ],
      {
        stages: DEFAULT_STAGES,
        labels: options.stageLabels,
        set: importStageSet(DEFAULT_STAGES, options.stageLabels, options.files),
        currency: { base: "USD", rates: {} },
      },
    );
    const page = await loadPipelineDashboard(ctx.organization.id, {});
    if (page.state !== "current") throw new Error("figures not computed");
    const deals = dealMetrics(memory.data);
    expect(page.deals.won).toBe(deals.won);
    expect(page.deals.qualifiedCount).toBe(deals.qualifiedCount);
    expect(page.deals.winRate).toBeCloseTo(deals.winRate!, 9);
    expect(page.deals.velocityPerDay).toBeCloseTo(deals.velocityPerDay!, 6);
    expect(page.stages.map((s) => [s.key, s.entered, s.movedForward, s.dropped])).toEqual(
      stageMetrics(memory.data).map((s) => [s.key, s.entered, s.movedForward, s.dropped]),
    );
    expect(page.asOf?.getTime()).toBe(pipelineFigures(memory.data).asOf?.getTime());
    // Nothing of the upload is kept once the data is in.
    const chunks = await query(
      ownerUrl,
      `select 1 from "PipelineImportChunk" where "organizationId" = $1`,
      [ctx.organization.id],
    );
    expect(chunks).toHaveLength(0);
  });

  it("changes nothing when the same file is imported a second time", async () => {
    const ctx = await orgContext("import-job-twice");
    const first = await importAll(
      ctx,
      [fromText("deals.csv", HUBSPOT)],
      await mappingFor(ctx, HUBSPOT),
    );
    expect(first.status).toBe("SUCCEEDED");
    const before = await rows(ctx.organization.id);
    expect(before.opportunities).toHaveLength(3);
    const second = await importAll(
      ctx,
      [fromText("deals.csv", HUBSPOT)],
      await mappingFor(ctx, HUBSPOT),
    );
    expect(second.status).toBe("SUCCEEDED");
    expect(second.view.stageMoves).toBe(0);
    expect(await rows(ctx.organization.id)).toEqual(before);
  });

  it("dates a later export's moves by the file's dates, else estimates them at its as-of date, and records moves back", async () => {
    const ctx = await orgContext("import-job-moves");
    const week1 = `Id,Name,Stage,Created,Qualified on,Closed
A,Alpha,Lead,2026-01-05,,
B,Beta,Qualified,2026-01-06,2026-01-08,
C,Gamma,Qualified,2026-01-07,2026-01-09,
`;
    const week2 = `Id,Name,Stage,Created,Qualified on,Closed
A,Alpha,Qualified,2026-01-05,2026-01-12,
B,Beta,Won,2026-01-06,2026-01-08,2026-01-14
C,Gamma,Lead,2026-01-07,2026-01-09,
`;
    const mapping = (csv: string): ImportOptions => ({
      files: [
        {
          index: 0,
          role: "deals",
          columns: { id: "Id", name: "Name", stage: "Stage", created: "Created", closed: "Closed" },
          entered: { sql: "Qualified on" },
          dateOrder: "ymd",
        },
      ],
      stageLabels: { Lead: "mql", Qualified: "sql", Won: "won", Lost: "lost" },
      currency: { rates: {} },
      exportDate: csv === week2 ? "2026-01-16" : undefined,
    });
    await importAll(ctx, [fromText("week1.csv", week1)], mapping(week1));
    const second = await importAll(ctx, [fromText("week2.csv", week2)], mapping(week2));
    expect(second.view.stageMoves).toBe(3);
    const { events } = await rows(ctx.organization.id);
    const of = (id: string) =>
      events
        .filter((e) => e.externalId === id)
        .map((e) => [
          e.stageKey,
          (e.enteredAt as Date | null)?.toISOString().slice(0, 10) ?? null,
          e.estimated,
          e.back,
        ]);
    // A moved on to SQL, dated by the file's "Qualified on".
    expect(of("A")).toEqual([
      ["mql", "2026-01-05", false, false],
      ["sql", "2026-01-12", false, false],
    ]);
    // B won: the close date dates it.
    expect(of("B").at(-1)).toEqual(["won", "2026-01-14", false, false]);
    // C went back to Lead: a move back, estimated at the export's date (the file has no date for it).
    expect(of("C").at(-1)).toEqual(["mql", "2026-01-16", true, true]);
    // Going back is not moving on: SQL's entrant C did not move on from it.
    await refreshPipelineSummary(ctx.organization.id);
    const page = await loadPipelineDashboard(ctx.organization.id, {});
    if (page.state !== "current") throw new Error("figures not computed");
    expect(page.stages.find((s) => s.key === "sql")).toMatchObject({ entered: 3, movedForward: 1 });
  });

  it("refuses rows in plain words, and will not start while a label has no stage", async () => {
    const ctx = await orgContext("import-job-problems");
    const csv =
      "\uFEFFRecord ID,Deal Name,Deal Stage,Amount,Create Date,Close Date\n" +
      '1,"Quoted\nname",Closed Won,"$1,000",2026-01-01,2026-02-01\n' +
      '2,=HYPERLINK("x"),Appointment Scheduled,abc,2026-01-02,\n' +
      "3,Third,Nowhere,500,2026-01-03,\n" +
      "4,Fourth,Appointment Scheduled,-700,2026-01-04,\n" +
      "5,Fifth,Appointment Scheduled,700,not a date,\n";
    const importId = await uploadAll(ctx, [fromText("deals.csv", csv)]);
    const options = await defaultOptions(ctx, importId);
    const refused = await startImport(ctx, importId, options).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).message).toMatch(/“Nowhere”/);
    expect((refused as AppError).message).not.toMatch(/label=stage/);
    await startImport(ctx, importId, {
      ...options,
      stageLabels: { ...options.stageLabels, Nowhere: null },
    });
    expect(await runImport({ organizationId: ctx.organization.id, importId })).toBe("SUCCEEDED");
    const view = await getImport(ctx.organization.id, importId);
    expect(view).toMatchObject({ dealsImported: 1, rowsRejected: 3, rowsLeftOut: 1 });
    expect(await listImportProblems(ctx.organization.id, importId)).toEqual([
      { file: "deals.csv", line: 4, column: "Amount", reason: '"abc" is not an amount' },
      { file: "deals.csv", line: 6, column: "Amount", reason: 'the amount "-700" is negative' },
      { file: "deals.csv", line: 7, column: "Create Date", reason: '"not a date" is not a date' },
    ]);
    expect(view.findings).toMatchObject({ negativeAmounts: 1 });
    const stored = await rows(ctx.organization.id);
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

  it("keeps the last row of a repeated id, and counts deals once", async () => {
    const ctx = await orgContext("import-job-duplicates");
    const csv = `Record ID,Deal Name,Deal Stage,Amount,Create Date,Close Date
1,Alpha,Appointment Scheduled,100,2026-01-01,
2,Beta,Appointment Scheduled,200,2026-01-02,
1,Alpha again,Closed Won,150,2026-01-01,2026-02-01
`;
    const { view } = await importAll(ctx, [fromText("deals.csv", csv)], await mappingFor(ctx, csv));
    expect(view.dealsImported).toBe(2);
    expect(view.findings).toMatchObject({
      duplicateIds: { ids: 1, rowsSetAside: 1, examples: [{ id: "1", lines: [2] }] },
    });
    const stored = await rows(ctx.organization.id);
    expect(stored.opportunities.find((o) => o.externalId === "1")).toMatchObject({
      name: "Alpha again",
      status: "WON",
    });
  });

  it("undoes the latest import: the figures are those from before it", async () => {
    const ctx = await orgContext("import-job-undo");
    const week1 = [
      ...hubspotDealsCsv(
        generatePipeline({
          seed: 4,
          opportunities: 300,
          from: new Date("2025-06-01"),
          until: new Date("2026-01-31"),
        }),
      ),
    ].join("");
    const week2 = [
      ...hubspotDealsCsv(
        generatePipeline({
          seed: 4,
          opportunities: 400,
          from: new Date("2025-06-01"),
          until: new Date("2026-03-31"),
        }),
      ),
    ].join("");
    const first = await importAll(ctx, [fromText("jan.csv", week1)], await mappingFor(ctx, week1));
    const before = await loadPipelineDashboard(ctx.organization.id, {});
    const storedBefore = await rows(ctx.organization.id);
    const second = await importAll(ctx, [fromText("mar.csv", week2)], await mappingFor(ctx, week2));
    expect(second.view.stageMoves).toBeGreaterThan(0);
    const after = await loadPipelineDashboard(ctx.organization.id, {});
    if (after.state !== "current" || before.state !== "current")
      throw new Error("figures not computed");
    expect(after.deals.open + after.deals.won + after.deals.lost).toBe(400);

    // Only the latest import can go: the first one is built upon.
    await expect(undoImport(ctx, first.importId)).rejects.toThrow(/later import/);
    await undoImport(ctx, second.importId);
    expect((await getImport(ctx.organization.id, second.importId)).status).toBe("UNDONE");
    await refreshPipelineSummary(ctx.organization.id);
    const undone = await loadPipelineDashboard(ctx.organization.id, {});
    if (undone.state !== "current") throw new Error("figures not computed");
    expect(undone.deals).toEqual(before.deals);
    expect(undone.stages).toEqual(before.stages);
    expect(undone.asOf).toEqual(before.asOf);
    const storedAfter = await rows(ctx.organization.id);
    expect(storedAfter.events).toEqual(storedBefore.events);
    const audit = await query<{ action: string }>(
      ownerUrl,
      `select action from "AuditEvent" where "organizationId" = $1 and action like 'pipeline.%'`,
      [ctx.organization.id],
    );
    expect(audit.map((a) => a.action)).toEqual(["pipeline.import_undone"]);

    // Deleting everything leaves an empty pipeline page.
    await deletePipelineData(ctx);
    expect((await loadPipelineDashboard(ctx.organization.id, {})).state).toBe("none");
    expect((await rows(ctx.organization.id)).opportunities).toEqual([]);
  });

  it("says at the mapping step where a file stops being CSV, and will not start the import", async () => {
    const ctx = await orgContext("import-job-unreadable");
    const importId = await uploadAll(ctx, [
      fromText("deals.csv", HUBSPOT),
      fromText("broken.csv", 'Record ID,Deal Stage\n1,Closed Won\n2,"never closed\n'),
    ]);
    const loaded = await loadImportMapping(ctx, importId);
    expect(loaded.files[1]!.scanError).toMatch(/cannot be read as CSV: line 3/);
    const options = await defaultOptions(ctx, importId);
    await expect(startImport(ctx, importId, options)).rejects.toThrow(/broken\.csv/);
    expect((await getImport(ctx.organization.id, importId)).status).toBe("DRAFT");
    expect(await rows(ctx.organization.id)).toEqual({ opportunities: [], events: [] });
  });

  it("stops at the next batch when cancelled, and keeps nothing", async () => {
    const ctx = await orgContext("import-job-cancel");
    const data = generatePipeline({
      seed: 3,
      opportunities: 4000,
      from: new Date("2025-01-01T00:00:00Z"),
      until: new Date("2026-06-30T00:00:00Z"),
    });
    const csv = [...hubspotDealsCsv(data)].join("");
    const importId = await uploadAll(ctx, [fromText("deals.csv", csv)]);
    await startImport(ctx, importId, await defaultOptions(ctx, importId));
    const running = runImport({ organizationId: ctx.organization.id, importId }, { batchRows: 20 });
    for (let i = 0; i < 500; i++) {
      const view = await getImport(ctx.organization.id, importId);
      if (view.rowsDone > 0) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    await cancelImport(ctx, importId);
    expect(await running).toBe("CANCELLED");
    const view = await getImport(ctx.organization.id, importId);
    expect(view.status).toBe("CANCELLED");
    expect(view.rowsDone).toBeLessThan(4000);
    expect(await rows(ctx.organization.id)).toEqual({ opportunities: [], events: [] });
  });
});

/** The default mapping for a HubSpot-shaped text, worked out as the mapping step would. */
async function mappingFor(
  _ctx: Awaited<ReturnType<typeof orgContext>>,
  csv: string,
): Promise<ImportOptions> {
  const header = csv.split("\n")[0]!.split(",");
  const mapping = suggestFileMapping(0, header, DEFAULT_STAGES, "ymd");
  const labels = new Set<string>();
  const stageAt = header.indexOf(mapping.columns.stage!);
  for await (const r of csvRecords([Buffer.from(csv)]))
    if (r.line > 1) labels.add(r.cells[stageAt] ?? "");
  labels.delete("");
  return {
    files: [mapping],
    stageLabels: suggestStageLabels([...labels], DEFAULT_STAGES),
    currency: { rates: {} },
  };
}
