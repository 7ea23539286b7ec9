import Papa from "papaparse";
import { describe, expect, inject, it } from "vitest";
import { withTenant } from "@/lib/db";
import { importBatch } from "@/lib/data/pipeline/import-batch";
import { replacePipeline } from "@/lib/data/pipeline/replace-pipeline";
import { DEFAULT_STAGES } from "@/lib/domain/pipeline";
import { detectFormat, readOpportunities } from "@/lib/domain/pipeline/import";
import { createOrg } from "../support/fixtures";
import { query } from "../support/test-database";

const ownerUrl = inject("ownerDatabaseUrl");

function read(csv: string) {
  const [header, ...records] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), {
    skipEmptyLines: true,
  }).data;
  return readOpportunities(
    header!,
    records.map((cells, i) => ({ line: i + 2, cells })),
    { format: detectFormat(header!), stages: DEFAULT_STAGES },
  );
}

async function importCsv(organizationId: string, csv: string, importedAt: string) {
  const result = read(csv);
  return withTenant(organizationId, (tx) =>
    importBatch(tx, organizationId, result, new Date(importedAt)),
  );
}

async function snapshot(organizationId: string) {
  const opportunities = await query<{
    externalId: string;
    stageKey: string;
    updatedAt: Date;
    amount: string;
  }>(
    ownerUrl,
    `select "externalId", "stageKey", "updatedAt", amount::text from "Opportunity" where "organizationId" = $1 order by 1`,
    [organizationId],
  );
  const events = await query<{ externalId: string; stageKey: string; enteredAt: Date }>(
    ownerUrl,
    `select o."externalId", e."stageKey", e."enteredAt" from "StageEvent" e
       join "Opportunity" o on o.id = e."opportunityId" where e."organizationId" = $1 order by 1, 3`,
    [organizationId],
  );
  return { opportunities, events };
}

const WEEK_1 = `Opportunity ID,Opportunity Name,Stage,Amount,Created Date,Close Date
006A,Alpha,Qualification,"10,000",2026-01-05,
006B,Beta,Proposal/Price Quote,5000,2026-01-10,`;

const WEEK_2 = `Opportunity ID,Opportunity Name,Stage,Amount,Created Date,Close Date
006A,Alpha,Negotiation/Review,"12,000",2026-01-05,
006B,Beta,Proposal/Price Quote,5000,2026-01-10,
006C,Gamma,Qualification,700,2026-01-20,`;

describe("importing CRM snapshots", () => {
  it("changes nothing when the same file is imported twice", async () => {
    const org = await createOrg("import-twice");
    await replacePipeline(org.id, { stages: DEFAULT_STAGES, opportunities: [], events: [] });
    expect(await importCsv(org.id, WEEK_1, "2026-01-12T00:00:00Z")).toEqual({
      inserted: 2,
      updated: 0,
      stageMoves: 0,
    });
    const first = await snapshot(org.id);
    expect(first.opportunities.map((o) => [o.externalId, o.stageKey, o.amount])).toEqual([
      ["006A", "sql", "10000.00"],
      ["006B", "proposal", "5000.00"],
    ]);
    expect(await importCsv(org.id, WEEK_1, "2026-01-13T00:00:00Z")).toEqual({
      inserted: 0,
      updated: 2,
      stageMoves: 0,
    });
    expect(await snapshot(org.id)).toEqual(first);
  });

  it("records the stage moves since the last import, so history builds up", async () => {
    const org = await createOrg("import-history");
    await replacePipeline(org.id, { stages: DEFAULT_STAGES, opportunities: [], events: [] });
    await importCsv(org.id, WEEK_1, "2026-01-12T00:00:00Z");
    expect(await importCsv(org.id, WEEK_2, "2026-01-19T00:00:00Z")).toEqual({
      inserted: 1,
      updated: 2,
      stageMoves: 1,
    });
    const { opportunities, events } = await snapshot(org.id);
    expect(opportunities.map((o) => [o.externalId, o.stageKey, o.amount])).toEqual([
      ["006A", "negotiation", "12000.00"],
      ["006B", "proposal", "5000.00"],
      ["006C", "sql", "700.00"],
    ]);
    expect(
      events.map((e) => [e.externalId, e.stageKey, e.enteredAt.toISOString().slice(0, 10)]),
    ).toEqual([
      ["006A", "sql", "2026-01-05"],
      ["006A", "negotiation", "2026-01-19"],
      ["006B", "proposal", "2026-01-10"],
      ["006C", "sql", "2026-01-20"],
    ]);
  });
});
