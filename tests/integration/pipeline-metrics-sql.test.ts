import { describe, expect, inject, it } from "vitest";
import { queryPipelineMetrics } from "@/lib/data/pipeline/query-pipeline-metrics";
import { replacePipeline } from "@/lib/data/pipeline/replace-pipeline";
import { loadPipelineDashboard } from "@/lib/services/pipeline/load-pipeline-dashboard";
import { refreshPipelineSummary } from "@/lib/services/pipeline/pipeline-summary";
import { queryCoverage } from "@/lib/data/pipeline/query-coverage";
import { queryOwnerConversionSpread } from "@/lib/data/pipeline/query-owner-spread";
import { queryRiskMetrics } from "@/lib/data/pipeline/query-risk-metrics";
import { queryStaleDeals } from "@/lib/data/pipeline/query-stale-deals";
import { queryVelocityTrend } from "@/lib/data/pipeline/query-velocity-trend";
import {
  coverageRatio,
  dataAsOf,
  dealMetrics,
  filterPipeline,
  generatePipeline,
  keyPersonDependence,
  ownerConversionSpread,
  sourceQuality,
  stageMetrics,
  staleDeals,
  velocityTrend,
} from "@/lib/domain/pipeline";
import { createOrg } from "../support/fixtures";
import { roughen } from "../support/rough-pipeline";
import { query } from "../support/test-database";

/** Every figure the SQL computes must equal the reference implementation's on the same data. */
function expectSame(actual: number | null, expected: number | null, label: string) {
  if (expected === null) expect(actual, label).toBeNull();
  else expect(actual, label).toBeCloseTo(expected, 6);
}

describe("pipeline metrics in SQL", () => {
  it.each([
    [11, false],
    [29, true],
  ])(
    "match the reference implementation on a generated pipeline (seed %i, untidy %s)",
    async (seed, untidy) => {
      const org = await createOrg(`pipeline-${seed}`);
      const generated = generatePipeline({
        seed,
        opportunities: 1500,
        from: new Date("2025-01-01T00:00:00Z"),
        until: new Date("2026-06-30T00:00:00Z"),
      });
      const data = untidy ? roughen(generated, seed) : generated;
      await replacePipeline(org.id, data);
      const sql = await queryPipelineMetrics(org.id);

      const reference = stageMetrics(data);
      expect(sql.stages.map((s) => s.key)).toEqual(reference.map((s) => s.key));
      for (const [i, ref] of reference.entries()) {
        const got = sql.stages[i]!;
        expect(
          {
            entered: got.entered,
            movedForward: got.movedForward,
            dropped: got.dropped,
            current: got.current,
          },
          ref.key,
        ).toEqual({
          entered: ref.entered,
          movedForward: ref.movedForward,
          dropped: ref.dropped,
          current: ref.current,
        });
        for (const field of ["conversionRate", "medianDays", "meanDays", "p90Days"] as const) {
          expectSame(got[field], ref[field], `${ref.key}.${field}`);
        }
        expect([got.undatedStays, got.outOfOrderStays], ref.key).toEqual([
          ref.undatedStays,
          ref.outOfOrderStays,
        ]);
      }
      // The untidy pipeline really has what it is meant to test.
      if (untidy) expect(reference.some((s) => s.undatedStays > 0)).toBe(true);

      const deals = dealMetrics(data);
      expect({
        won: sql.deals.won,
        lost: sql.deals.lost,
        open: sql.deals.open,
        qualified: sql.deals.qualifiedCount,
        wonWithoutAmount: sql.deals.wonWithoutAmount,
        openWithoutAmount: sql.deals.openWithoutAmount,
        closedBeforeOpened: sql.deals.closedBeforeOpened,
      }).toEqual({
        won: deals.won,
        lost: deals.lost,
        open: deals.open,
        qualified: deals.qualifiedCount,
        wonWithoutAmount: deals.wonWithoutAmount,
        openWithoutAmount: deals.openWithoutAmount,
        closedBeforeOpened: deals.closedBeforeOpened,
      });
      if (untidy) expect(deals.wonWithoutAmount * deals.closedBeforeOpened).toBeGreaterThan(0);
      for (const field of [
        "winRate",
        "averageDealValue",
        "averageCycleDays",
        "medianCycleDays",
        "velocityPerDay",
        "openPipelineValue",
      ] as const) {
        expectSame(sql.deals[field], deals[field], field);
      }
      // The generated pipeline is not trivial: every open stage saw traffic.
      expect(sql.stages.every((s) => s.entered > 0)).toBe(true);

      const asOf = new Date("2026-06-30T00:00:00Z");
      const risk = await queryRiskMetrics(org.id);
      expect(risk.sources).toEqual(sourceQuality(data));
      const keyPerson = keyPersonDependence(data);
      const owners = keyPerson.owners;
      expect(risk.owners.map((o) => o.owner)).toEqual(owners.map((o) => o.owner));
      for (const [i, o] of owners.entries()) {
        expectSame(risk.owners[i]!.openValueShare, o.openValueShare, `${o.owner} open share`);
        expectSame(risk.owners[i]!.wonRevenueShare, o.wonRevenueShare, `${o.owner} won share`);
      }
      expect(risk.topByWonRevenue?.owner).toBe(keyPerson.topByWonRevenue?.owner);
      expect(risk.topByOpenValue?.owner).toBe(keyPerson.topByOpenValue?.owner);
      const stale = staleDeals(data, asOf);
      expect(stale.deals.length).toBeGreaterThan(0);
      const sqlStale = await queryStaleDeals(org.id, {
        asOf,
        multiple: 2,
        stages: sql.stages,
        medianCycleDays: sql.deals.medianCycleDays,
        limit: 10_000,
      });
      expect(sqlStale.total).toBe(stale.deals.length);
      expect(sqlStale.unjudged).toBe(stale.unjudged);
      expect(sqlStale.deals.map((s) => s.opportunityId)).toEqual(
        stale.deals.map((s) => s.opportunityId),
      );
      for (const [i, s] of stale.deals.entries()) {
        expect(sqlStale.deals[i]!.basis, s.opportunityId).toBe(s.basis);
        expectSame(sqlStale.deals[i]!.stallRatio, s.stallRatio, s.opportunityId);
      }
      if (untidy) expect(stale.deals.some((s) => s.basis === "age")).toBe(true);

      const trendFrom = new Date("2025-01-01T00:00:00Z");
      const trend = velocityTrend(data, trendFrom, asOf);
      const sqlTrend = await queryVelocityTrend(org.id, trendFrom, asOf);
      expect(sqlTrend.map((m) => [m.month, m.qualifiedCount])).toEqual(
        trend.map((m) => [m.month, m.qualifiedCount]),
      );
      for (const [i, m] of trend.entries()) {
        for (const field of [
          "winRate",
          "averageDealValue",
          "averageCycleDays",
          "velocityPerDay",
        ] as const) {
          expectSame(sqlTrend[i]![field], m[field], `${m.month}.${field}`);
        }
      }
      expect(trend.filter((m) => m.velocityPerDay !== null).length).toBeGreaterThan(6);

      expect(await queryCoverage(org.id, asOf)).toBeNull();
      await query(
        inject("ownerDatabaseUrl"),
        `insert into "RevenueTarget" ("organizationId", "periodStart", "periodEnd", amount) values ($1, '2026-04-01', '2026-06-30', 2500000)`,
        [org.id],
      );
      const spread = ownerConversionSpread(data);
      const sqlSpread = await queryOwnerConversionSpread(org.id);
      expect(sqlSpread.map((s) => s.stage)).toEqual(spread.map((s) => s.stage));
      for (const [i, ref] of spread.entries()) {
        expect(
          sqlSpread[i]!.byOwner.map((b) => b.owner),
          ref.stage,
        ).toEqual(ref.byOwner.map((b) => b.owner));
        for (const [j, b] of ref.byOwner.entries()) {
          expectSame(
            sqlSpread[i]!.byOwner[j]!.conversionRate,
            b.conversionRate,
            `${ref.stage} ${b.owner}`,
          );
        }
        expectSame(sqlSpread[i]!.spread, ref.spread, `${ref.stage} spread`);
      }
      const coverage = await queryCoverage(org.id, asOf);
      expectSame(coverage?.ratio ?? null, coverageRatio(data, 2_500_000), "coverage");
    },
  );

  it("applies the dashboard filters exactly as the reference does", async () => {
    const org = await createOrg("pipeline-filters");
    const data = roughen(
      generatePipeline({
        seed: 5,
        opportunities: 800,
        from: new Date("2025-01-01T00:00:00Z"),
        until: new Date("2026-06-30T00:00:00Z"),
      }),
      5,
    );
    await replacePipeline(org.id, data);
    const owner = data.opportunities[0]!.owner!;
    const source = data.opportunities[1]!.source!;
    for (const filters of [
      { owner },
      { source, segment: "Mid-market" },
      { from: new Date("2025-06-01T00:00:00Z"), to: new Date("2026-01-01T00:00:00Z") },
    ]) {
      const subset = filterPipeline(data, filters);
      expect(subset.opportunities.length).toBeGreaterThan(0);
      const sql = await queryPipelineMetrics(org.id, filters);
      const label = JSON.stringify(filters);
      expect(sql.deals.won, label).toBe(dealMetrics(subset).won);
      expectSame(sql.deals.velocityPerDay, dealMetrics(subset).velocityPerDay, label);
      expect(
        sql.stages.map((s) => [s.key, s.entered, s.movedForward, s.current, s.undatedStays]),
        label,
      ).toEqual(
        stageMetrics(subset).map((s) => [
          s.key,
          s.entered,
          s.movedForward,
          s.current,
          s.undatedStays,
        ]),
      );
      for (const [i, ref] of stageMetrics(subset).entries()) {
        expectSame(sql.stages[i]!.medianDays, ref.medianDays, `${label} ${ref.key}`);
      }
    }
  });

  it("serves the dashboard from the stored summary, shows the last one while new figures are computed, and never computes them while a page waits", async () => {
    const org = await createOrg("pipeline-summary");
    const asOf = new Date("2026-06-30T00:00:00Z");
    const data = generatePipeline({
      seed: 17,
      opportunities: 900,
      from: new Date("2025-01-01T00:00:00Z"),
      until: asOf,
    });
    await replacePipeline(org.id, data);
    // Before the summary job has run: the page says so instead of computing live.
    expect((await loadPipelineDashboard(org.id, {})).state).toBe("computing");
    await refreshPipelineSummary(org.id);
    const first = await loadPipelineDashboard(org.id, {});
    if (first.state !== "current") throw new Error(`expected current figures, got ${first.state}`);
    expect(first.deals.won).toBe(dealMetrics(data).won);
    // The data's own date, not today: the latest thing that happened in it.
    expect(first.asOf?.getTime()).toBe(dataAsOf(data)!.getTime());
    const reference = staleDeals(data, first.asOf!);
    expect(first.staleCount).toBe(reference.deals.length);
    expect(first.stale.map((s) => s.opportunityId)).toEqual(
      reference.deals.slice(0, 25).map((s) => s.opportunityId),
    );

    // A filtered view is computed on its first view, kept, and served the same the second time.
    const owner = data.opportunities[0]!.owner!;
    const filtered = await loadPipelineDashboard(org.id, { owner });
    if (filtered.state !== "current") throw new Error("expected current figures");
    expect(filtered.deals.won).toBe(dealMetrics(filterPipeline(data, { owner })).won);
    // The stale list narrows to the owner's deals, judged against the whole pipeline's medians.
    expect(filtered.staleCount).toBe(reference.deals.filter((d) => d.owner === owner).length);
    expect(filtered.stale.every((d) => d.owner === owner)).toBe(true);
    const kept = await query<{ n: number }>(
      inject("ownerDatabaseUrl"),
      `select count(*)::int as n from "PipelineFilteredMetrics" where "organizationId" = $1`,
      [org.id],
    );
    expect(kept[0]!.n).toBe(1);

    // New data: the last figures stay, marked as behind, until the job has run again.
    const smaller = generatePipeline({
      seed: 18,
      opportunities: 300,
      from: new Date("2025-01-01T00:00:00Z"),
      until: asOf,
    });
    await replacePipeline(org.id, smaller);
    const behind = await loadPipelineDashboard(org.id, {});
    if (behind.state !== "stale") throw new Error(`expected stale figures, got ${behind.state}`);
    expect(behind.deals.won).toBe(dealMetrics(data).won);
    await refreshPipelineSummary(org.id);
    const second = await loadPipelineDashboard(org.id, {});
    if (second.state !== "current") throw new Error("expected current figures");
    expect(second.deals.won).toBe(dealMetrics(smaller).won);
    const refiltered = await loadPipelineDashboard(org.id, { owner });
    if (refiltered.state !== "current") throw new Error("expected current figures");
    expect(refiltered.deals.won).toBe(dealMetrics(filterPipeline(smaller, { owner })).won);
  });

  it("sees nothing of another organization's pipeline", async () => {
    const mine = await createOrg("pipeline-mine");
    const theirs = await createOrg("pipeline-theirs");
    await replacePipeline(
      theirs.id,
      generatePipeline({
        seed: 3,
        opportunities: 200,
        from: new Date("2025-01-01"),
        until: new Date("2025-12-31"),
      }),
    );
    const sql = await queryPipelineMetrics(mine.id);
    expect(sql.deals).toMatchObject({ won: 0, lost: 0, open: 0, winRate: null });
    expect(sql.stages).toEqual([]);
  });
});
