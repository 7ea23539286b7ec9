import { describe, expect, it } from "vitest";
import { FRACTURES, type FractureKey } from "../../lib/domain/diagnostic";
import {
  dealMetrics,
  generatePipeline,
  keyPersonDependence,
  sourceQuality,
  stageMetrics,
  type DealMetrics,
  type StageMetrics,
} from "../../lib/domain/pipeline";
import {
  SNAPSHOT_BENCHMARKS,
  claimedVsMeasured,
  priceFractures,
  snapshot,
  type PipelineFigures,
  type SnapshotRespondent,
} from "../../lib/domain/snapshot";

function respondent(broken: FractureKey[] = []): SnapshotRespondent {
  return {
    role: "CEO",
    answers: Object.fromEntries(
      snapshot.questions.map((q) => [
        q.id,
        broken.includes(q.fracture) ? q.options.at(-1)!.id : q.options[0]!.id,
      ]),
    ),
  };
}

function stage(key: string, entered: number, movedForward: number): StageMetrics {
  return {
    key,
    label: key.toUpperCase(),
    entered,
    movedForward,
    dropped: entered - movedForward,
    current: 0,
    conversionRate: entered === 0 ? null : movedForward / entered,
    medianDays: null,
    meanDays: null,
    p90Days: null,
    undatedStays: 0,
    outOfOrderStays: 0,
  };
}

/**
 * A pipeline worked by hand: 20 qualified deals, $50k average won deal, 19% win rate, 90-day
 * cycle. Velocity = 20 × 50,000 × 0.19 / 90 = $2,111.11 a day, $192,111.11 a quarter (91 days).
 */
function pipeline(
  overrides: { deals?: Partial<DealMetrics>; mqlConversion?: number } & Partial<
    Omit<PipelineFigures, "deals">
  > = {},
): PipelineFigures {
  const mqlEntered = 200;
  const { deals, mqlConversion = 0.125, ...rest } = overrides;
  return {
    deals: {
      won: 19,
      lost: 81,
      open: 60,
      winRate: 0.19,
      averageDealValue: 50_000,
      averageCycleDays: 90,
      medianCycleDays: 90,
      qualifiedCount: 20,
      velocityPerDay: (20 * 50_000 * 0.19) / 90,
      openPipelineValue: 3_000_000,
      wonWithoutAmount: 0,
      openWithoutAmount: 0,
      closedBeforeOpened: 0,
      ...deals,
    },
    stages: [
      stage("awareness", 400, 300),
      stage("engagement", 300, 200),
      stage("mql", mqlEntered, Math.round(mqlEntered * mqlConversion)),
      stage("sql", 25, 20),
      stage("proposal", 20, 15),
      stage("negotiation", 15, 12),
    ],
    owners: [
      { owner: "Ann", openValueShare: 0.25, wonRevenueShare: 0.28 },
      { owner: "Unassigned", openValueShare: 0.6, wonRevenueShare: 0 },
      { owner: "Bob", openValueShare: 0.15, wonRevenueShare: 0.72 },
    ],
    ...rest,
  };
}

const QUARTER_AT_MEASURED = ((20 * 50_000 * 0.19) / 90) * 91;

describe("claimed versus measured", () => {
  const healthy = [respondent()];
  const broken = [respondent([...FRACTURES])];
  const handoff = (p: PipelineFigures, team = healthy) =>
    claimedVsMeasured(snapshot, team, p).findings.find((f) => f.check === "handoff-conversion")!;

  it("contradicts a healthy handoff claim when MQL to SQL conversion is weak", () => {
    const finding = handoff(pipeline({ mqlConversion: 0.1 }));
    expect(finding.fracture).toBe("SILOS");
    expect(finding.claimed.healthy).toBe(true);
    expect(finding.measured).toMatchObject({ value: 0.1, benchmark: 0.25, healthy: false });
    expect(finding.verdict).toBe("contradicted");
    expect(finding.text).toMatch(/10%.*25%/);
  });

  it("lets the same claim stand when conversion is strong", () => {
    expect(handoff(pipeline({ mqlConversion: 0.4 })).verdict).toBe("consistent");
  });

  it("agrees with leaders who admit a broken handoff when conversion is weak", () => {
    const finding = handoff(pipeline({ mqlConversion: 0.1 }), broken);
    expect(finding.claimed.healthy).toBe(false);
    expect(finding.verdict).toBe("consistent");
  });

  it("sets a claimed message system against the win rate", () => {
    const findings = claimedVsMeasured(snapshot, healthy, pipeline()).findings;
    const message = findings.find((f) => f.check === "message-win-rate")!;
    expect(message).toMatchObject({ fracture: "MESSAGING", verdict: "contradicted" });
    expect(message.measured.text).toMatch(/19%/);
  });

  it("finds the top named owner, skipping unassigned deals, and judges relationship claims by it", () => {
    const findings = claimedVsMeasured(snapshot, healthy, pipeline()).findings;
    const owners = findings.find((f) => f.check === "owner-share")!;
    // Bob holds 72% of won revenue; the 60% open share is unassigned, not a person.
    expect(owners.measured.value).toBeCloseTo(0.72);
    expect(owners.measured.text).toMatch(/Bob's share of won revenue/);
    expect(owners.verdict).toBe("contradicted");
  });

  it("checks marketing claims against attributed revenue and coverage when they are given", () => {
    const sources = [
      { source: "Webinar", won: 4, lost: 6, winRate: 0.4, wonRevenue: 300_000 },
      { source: "Unknown", won: 6, lost: 4, winRate: 0.6, wonRevenue: 700_000 },
    ];
    const result = claimedVsMeasured(snapshot, healthy, pipeline({ sources, coverageRatio: 3.5 }));
    const attribution = result.findings.find((f) => f.check === "revenue-attribution")!;
    expect(attribution.measured.value).toBeCloseTo(0.3);
    expect(attribution.verdict).toBe("contradicted");
    expect(result.findings.find((f) => f.check === "pipeline-coverage")!.verdict).toBe(
      "consistent",
    );
  });

  it("says which figures it could not check instead of inventing them", () => {
    const result = claimedVsMeasured(snapshot, healthy, pipeline());
    const checks = result.findings.map((f) => f.check);
    expect(checks).not.toContain("pipeline-coverage");
    expect(checks).not.toContain("stale-pipeline");
    expect(result.unavailable.join(" ")).toMatch(/coverage.*revenue target/);
    expect(result.unavailable.join(" ")).toMatch(/stale/);
  });

  it("works on the pipeline module's own figures", () => {
    const data = generatePipeline({
      seed: 3,
      opportunities: 600,
      from: new Date("2025-01-01T00:00:00Z"),
      until: new Date("2026-01-01T00:00:00Z"),
    });
    const figures: PipelineFigures = {
      deals: dealMetrics(data),
      stages: stageMetrics(data),
      owners: keyPersonDependence(data).owners,
      sources: sourceQuality(data),
    };
    const checks = claimedVsMeasured(snapshot, healthy, figures).findings.map((f) => f.check);
    expect(checks).toEqual([
      "handoff-conversion",
      "message-win-rate",
      "owner-share",
      "revenue-attribution",
    ]);
    const prices = priceFractures(figures);
    for (const key of ["POSITIONING", "MESSAGING", "RELATIONSHIPS", "SILOS"] as const) {
      expect(prices[key], key).not.toBeNull();
    }
    expect(prices.MARKETING).toBeNull();
  });
});

describe("pricing each fracture", () => {
  it("prices the sales message as the win rate lifted to the benchmark, per 91-day quarter", () => {
    const price = priceFractures(pipeline()).MESSAGING!;
    // 20 × 50,000 × (0.28 − 0.19) / 90 = $1,000 a day more; × 91 days.
    expect(price.addedPerQuarter).toBeCloseTo(91_000, 6);
    expect(price).toMatchObject({
      factor: "winRate",
      from: 0.19,
      to: SNAPSHOT_BENCHMARKS.winRate.value,
    });
    expect(price.currentPerQuarter).toBeCloseTo(QUARTER_AT_MEASURED, 6);
    expect(price.assumption).toBe(
      "If the win rate rose from 19% to 28%, with the other velocity factors unchanged, the pipeline would produce about $91k more revenue per quarter.",
    );
  });

  it("prices nothing for a win rate at or above the benchmark", () => {
    for (const winRate of [0.28, 0.35]) {
      const price = priceFractures(pipeline({ deals: { winRate } })).MESSAGING!;
      expect(price.addedPerQuarter).toBe(0);
      expect(price.assumption).toMatch(/already .* no gain is priced/);
    }
  });

  it("prices silos as qualified deals growing with the handoff conversion", () => {
    // 12.5% → 25% doubles the qualified count, which doubles velocity.
    const price = priceFractures(pipeline({ mqlConversion: 0.125 })).SILOS!;
    expect(price.addedPerQuarter).toBeCloseTo(QUARTER_AT_MEASURED, 6);
    expect(price.assumption).toMatch(/from 13% to 25% .* from 20 to 40/);
    expect(priceFractures(pipeline({ mqlConversion: 0.3 })).SILOS!.addedPerQuarter).toBe(0);
  });

  it("prices marketing through coverage, and only when there is a target to cover", () => {
    expect(priceFractures(pipeline()).MARKETING).toBeNull();
    const price = priceFractures(pipeline({ coverageRatio: 1.5 })).MARKETING!;
    expect(price.addedPerQuarter).toBeCloseTo(QUARTER_AT_MEASURED, 6);
    expect(price.assumption).toMatch(/1\.5× to 3×/);
  });

  it("prices positioning as a 10% deal-value lift and relationships as a 10% shorter cycle", () => {
    const prices = priceFractures(pipeline());
    expect(prices.POSITIONING!.addedPerQuarter).toBeCloseTo(QUARTER_AT_MEASURED * 0.1, 6);
    expect(prices.POSITIONING!.assumption).toMatch(/\$50k to \$55k/);
    expect(prices.RELATIONSHIPS!.addedPerQuarter).toBeCloseTo(
      QUARTER_AT_MEASURED * (90 / 81 - 1),
      6,
    );
    expect(prices.RELATIONSHIPS!.assumption).toMatch(/90 days to 81 days/);
  });

  it("prices nothing without pipeline data, or when velocity cannot be computed", () => {
    for (const key of FRACTURES) expect(priceFractures(null)[key]).toBeNull();
    const noWins = priceFractures(pipeline({ deals: { winRate: null, averageDealValue: null } }));
    for (const key of FRACTURES) expect(noWins[key]).toBeNull();
  });
});
