import { describe, expect, it } from "vitest";
import {
  DEFAULT_STAGES,
  coverageRatio,
  dealMetrics,
  filterPipeline,
  keyPersonDependence,
  ownerConversionSpread,
  percentile,
  velocityTrend,
  sourceQuality,
  stageMetrics,
  staleDeals,
  type PipelineData,
  type StageEvent,
} from "../../lib/domain/pipeline";
import { opp } from "../support/opportunity";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const asOf = d("2026-06-30");

/** Six deals whose figures are worked out by hand in the comments below. */
const data: PipelineData = {
  stages: DEFAULT_STAGES,
  opportunities: [
    opp({
      id: "o1",
      status: "won",
      amount: 100,
      createdAt: d("2026-01-01"),
      closedAt: d("2026-03-02"),
      owner: "ann",
      source: "web",
    }),
    opp({
      id: "o2",
      status: "lost",
      amount: 50,
      createdAt: d("2026-01-05"),
      closedAt: d("2026-02-04"),
      owner: "bob",
      source: "web",
    }),
    opp({
      id: "o3",
      status: "won",
      amount: 300,
      createdAt: d("2026-02-01"),
      closedAt: d("2026-05-02"),
      owner: "ann",
      source: "event",
    }),
    opp({
      id: "o4",
      status: "open",
      amount: 200,
      createdAt: d("2026-03-01"),
      owner: "ann",
      source: "event",
    }),
    opp({
      id: "o5",
      status: "open",
      amount: 80,
      createdAt: d("2026-06-01"),
      owner: "bob",
      source: "web",
    }),
    opp({
      id: "o6",
      status: "lost",
      amount: 120,
      createdAt: d("2026-02-10"),
      closedAt: d("2026-03-12"),
      owner: "bob",
      source: "event",
    }),
  ],
  events: (
    [
      ["o1", "mql", "2026-01-01"],
      ["o1", "sql", "2026-01-11"],
      ["o1", "proposal", "2026-01-31"],
      ["o1", "negotiation", "2026-02-20"],
      ["o2", "mql", "2026-01-05"],
      ["o2", "sql", "2026-01-15"],
      ["o3", "sql", "2026-02-01"],
      ["o3", "proposal", "2026-03-03"],
      ["o3", "negotiation", "2026-04-02"],
      ["o4", "mql", "2026-03-01"],
      ["o4", "sql", "2026-03-21"],
      ["o5", "mql", "2026-06-01"],
      ["o6", "mql", "2026-02-10"],
    ] as const
  ).map(([opportunityId, stage, at]): StageEvent => ({ opportunityId, stage, enteredAt: d(at) })),
};

describe("stage metrics", () => {
  const byKey = new Map(stageMetrics(data).map((s) => [s.key, s]));

  it("counts entries, forward moves and drop-outs per stage", () => {
    // MQL: o1 o2 o4 o5 o6 entered; o1 o2 o4 reached SQL; o6 was lost there; o5 is still there.
    expect(byKey.get("mql")).toMatchObject({
      entered: 5,
      movedForward: 3,
      dropped: 1,
      current: 1,
      conversionRate: 0.6,
    });
    // SQL: o1 o2 o3 o4 entered; o1 o3 moved on; o2 was lost there; o4 is still there.
    expect(byKey.get("sql")).toMatchObject({
      entered: 4,
      movedForward: 2,
      dropped: 1,
      current: 1,
      conversionRate: 0.5,
    });
    // Negotiation: both won deals moved on to won.
    expect(byKey.get("negotiation")).toMatchObject({
      entered: 2,
      movedForward: 2,
      dropped: 0,
      conversionRate: 1,
    });
    expect(byKey.get("awareness")).toMatchObject({
      entered: 0,
      conversionRate: null,
      medianDays: null,
    });
  });

  it("measures time in stage over finished stays: median, mean, p90", () => {
    // MQL stays of 10, 10, 20, 30 days (o5's is still running).
    expect(byKey.get("mql")).toMatchObject({ medianDays: 15, meanDays: 17.5, p90Days: 27 });
    // SQL stays of 20, 20, 30 days.
    const sql = byKey.get("sql")!;
    expect(sql.medianDays).toBe(20);
    expect(sql.meanDays).toBeCloseTo(23.333, 3);
    expect(sql.p90Days).toBeCloseTo(28, 10);
  });

  it("lists only open stages, in pipeline order", () => {
    expect(stageMetrics(data).map((s) => s.key)).toEqual([
      "awareness",
      "engagement",
      "mql",
      "sql",
      "proposal",
      "negotiation",
    ]);
  });
});

describe("deal metrics and velocity", () => {
  it("computes win rate, deal value, cycle, qualified count and velocity", () => {
    const m = dealMetrics(data);
    expect(m).toMatchObject({
      won: 2,
      lost: 2,
      open: 2,
      winRate: 0.5,
      averageDealValue: 200,
      averageCycleDays: 75,
      qualifiedCount: 1,
      openPipelineValue: 280,
    });
    // 1 qualified × $200 × 0.5 / 75 days
    expect(m.velocityPerDay).toBeCloseTo(200 / 150, 10);
  });

  it("has no velocity without closed deals", () => {
    const openOnly = filterPipeline(data, { owner: "ann", from: d("2026-03-01") });
    expect(dealMetrics(openOnly)).toMatchObject({
      winRate: null,
      velocityPerDay: null,
      qualifiedCount: 1,
    });
  });

  it("relates open pipeline to a revenue target", () => {
    expect(coverageRatio(data, 100)).toBeCloseTo(2.8, 10);
    expect(coverageRatio(data, 0)).toBeNull();
  });
});

describe("risk metrics", () => {
  it("flags deals parked beyond twice their stage's median stay", () => {
    // o4 has sat in SQL 101 days against a 20-day median; o5's 29 days in MQL is under 2 × 15.
    const stale = staleDeals(data, asOf);
    expect(stale.map((s) => s.opportunityId)).toEqual(["o4"]);
    expect(stale[0]).toMatchObject({ stage: "sql", daysInStage: 101, medianDays: 20 });
    // A tighter threshold catches o5 too.
    expect(
      staleDeals(data, asOf, 1.5)
        .map((s) => s.opportunityId)
        .sort(),
    ).toEqual(["o4", "o5"]);
  });

  it("judges lead sources by wins and won revenue, not volume", () => {
    expect(sourceQuality(data)).toEqual([
      { source: "event", won: 1, lost: 1, winRate: 0.5, wonRevenue: 300 },
      { source: "web", won: 1, lost: 1, winRate: 0.5, wonRevenue: 100 },
    ]);
  });

  it("shows how much rides on one owner", () => {
    const { owners, topOwner } = keyPersonDependence(data);
    expect(topOwner?.owner).toBe("ann");
    expect(topOwner?.openValueShare).toBeCloseTo(200 / 280, 10);
    expect(topOwner?.wonRevenueShare).toBe(1);
    expect(owners.map((o) => o.owner)).toEqual(["ann", "bob"]);
  });

  it("measures the spread of stage conversion across owners", () => {
    const mql = ownerConversionSpread(data).find((s) => s.stage === "mql")!;
    // ann: o1 and o4 both moved on (1.0); bob: o2 moved, o5 waiting, o6 lost (1/3).
    expect(mql.byOwner).toEqual([
      { owner: "ann", conversionRate: 1 },
      { owner: "bob", conversionRate: 1 / 3 },
    ]);
    expect(mql.spread).toBeCloseTo(2 / 3, 10);
  });
});

describe("percentiles", () => {
  it("interpolate like Postgres percentile_cont", () => {
    expect(percentile([10, 10, 20, 30], 0.5)).toBe(15);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 10);
    expect(percentile([], 0.5)).toBeNull();
  });
});

describe("velocity month by month", () => {
  it("takes each month's closed deals for the factors and the qualified pipeline at month end", () => {
    const trend = velocityTrend(data, d("2026-01-15"), d("2026-03-31"));
    expect(trend.map((m) => m.month)).toEqual(["2026-01", "2026-02", "2026-03"]);
    // January: nothing closed; at month end o1 and o2 sit in SQL.
    expect(trend[0]).toMatchObject({ qualifiedCount: 2, winRate: null, velocityPerDay: null });
    // February: o2 lost (02-04); at month end o1 (negotiation) and o3 (sql) are qualified.
    expect(trend[1]).toMatchObject({ qualifiedCount: 2, winRate: 0, averageDealValue: null });
    // March: o1 won (60 days, $100), o6 lost; at month end o3 (proposal) and o4 (sql) are qualified.
    expect(trend[2]).toMatchObject({
      qualifiedCount: 2,
      winRate: 0.5,
      averageDealValue: 100,
      averageCycleDays: 60,
    });
    expect(trend[2]!.velocityPerDay).toBeCloseTo((2 * 100 * 0.5) / 60, 10);
  });
});
