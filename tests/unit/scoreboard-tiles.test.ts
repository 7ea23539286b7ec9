import { describe, expect, it } from "vitest";
import { arrowOf, formatDelta } from "../../components/scoreboard/figure-format";
import {
  figureTiles,
  SCOREBOARD_FIGURES,
  SCOREBOARD_TILES,
  type FigureKey,
  type FigureTile,
  type ScoreboardFigures,
} from "../../lib/domain/scoreboard";

const EVERY_FIGURE = Object.keys(SCOREBOARD_FIGURES) as FigureKey[];

/** Review 1's frozen figures. */
const review1: ScoreboardFigures = {
  asOf: "2026-11-02T00:00:00.000Z",
  velocityPerDay: 1000,
  qualifiedCount: 40,
  averageDealValue: 50_000,
  winRate: 0.25,
  averageCycleDays: 60,
  mqlToSql: 0.4,
  sqlToWon: 0.3,
  coverageRatio: 2.5,
  openPipelineValue: 2_000_000,
  marketingSourcedPipeline: 800_000,
  staleCount: 10,
  topOwnerShare: 0.35,
  handoffCompliance: 0.8,
};

/** Review 2's, a fortnight later. */
const review2: ScoreboardFigures = {
  asOf: "2026-11-16T00:00:00.000Z",
  velocityPerDay: 1250,
  qualifiedCount: 45,
  averageDealValue: 48_000,
  winRate: 0.25,
  averageCycleDays: 54,
  mqlToSql: 0.35,
  sqlToWon: 0.33,
  coverageRatio: 3.2,
  openPipelineValue: 2_400_000,
  marketingSourcedPipeline: 0,
  staleCount: 12,
  topOwnerShare: 0.3,
  handoffCompliance: 0.92,
};

/** What a reader sees on each tile: arrow, signed amount, better or worse, target verdict. */
function read(tile: FigureTile) {
  return {
    arrow: arrowOf(tile.change?.delta ?? null)?.glyph ?? null,
    amount: formatDelta(tile.change?.delta ?? null, tile.format),
    word: tile.change?.direction ?? null,
    target: tile.target?.text ?? null,
  };
}

describe("scoreboard tiles between two reviews", () => {
  const tiles = figureTiles(
    EVERY_FIGURE,
    review2,
    { number: 1, figures: review1 },
    { responseHours: 24, standardSigned: true },
  );
  const byKey = Object.fromEntries(tiles.map((t) => [t.key, read(t)]));

  it("reads every tile as worked out by hand", () => {
    expect(byKey).toEqual({
      // 1250 − 1000 = +250 a day, more revenue per day: better.
      velocityPerDay: { arrow: "▲", amount: "+$250", word: "better", target: null },
      // 45 − 40 = +5 qualified opportunities: better.
      qualifiedCount: { arrow: "▲", amount: "+5", word: "better", target: null },
      // 48,000 − 50,000 = −2,000: smaller deals, worse.
      averageDealValue: { arrow: "▼", amount: "−$2K", word: "worse", target: null },
      // 0.25 − 0.25 = 0: no move either way.
      winRate: { arrow: "▶", amount: "no change", word: "same", target: null },
      // 54 − 60 = −6 days: a shorter cycle is better although the number fell.
      averageCycleDays: { arrow: "▼", amount: "−6.0 d", word: "better", target: null },
      // 0.35 − 0.40 = −0.05 = −5.0 points: worse.
      mqlToSql: { arrow: "▼", amount: "−5.0 pts", word: "worse", target: null },
      // 0.33 − 0.30 = +0.03 = +3.0 points: better.
      sqlToWon: { arrow: "▲", amount: "+3.0 pts", word: "better", target: null },
      // 3.2 − 2.5 = +0.7×: better, and 3.2 ≥ 3 meets the usual 3× coverage.
      coverageRatio: {
        arrow: "▲",
        amount: "+0.7×",
        word: "better",
        target: "Meets the usual 3× coverage",
      },
      // 2,400,000 − 2,000,000 = +400,000: better.
      openPipelineValue: { arrow: "▲", amount: "+$400K", word: "better", target: null },
      // 0 − 800,000 = −800,000: worse.
      marketingSourcedPipeline: { arrow: "▼", amount: "−$800K", word: "worse", target: null },
      // 12 − 10 = +2 stale deals: more of them is worse.
      staleCount: { arrow: "▲", amount: "+2", word: "worse", target: null },
      // 0.30 − 0.35 = −5.0 points held by one person: less dependence, better.
      topOwnerShare: { arrow: "▼", amount: "−5.0 pts", word: "better", target: null },
      // 0.92 − 0.80 = +12.0 points: better, and 92 % ≥ our 90 % mark.
      handoffCompliance: {
        arrow: "▲",
        amount: "+12.0 pts",
        word: "better",
        target: "Meets our 90% mark for answers within the signed 24 h",
      },
    });
  });

  it("says which review the change is measured from", () => {
    expect(tiles.every((t) => t.change?.sinceReview === 1)).toBe(true);
  });

  it("explains a figure that fell to zero", () => {
    const reasons = Object.fromEntries(tiles.map((t) => [t.key, t.reason]));
    expect(reasons.marketingSourcedPipeline).toBe("No open deal came through MQL");
    // Twelve stale deals and a positive win rate need no explanation.
    expect(reasons.staleCount).toBeNull();
    expect(reasons.winRate).toBeNull();
  });

  it("holds coverage below 3× and compliance below 90 % to their targets", () => {
    const lower = figureTiles(
      ["coverageRatio", "handoffCompliance"],
      // 2.9 < 3 and 0.89 < 0.90: both below.
      { ...review2, coverageRatio: 2.9, handoffCompliance: 0.89 },
      { number: 1, figures: review1 },
      { responseHours: 24, standardSigned: true },
    );
    expect(lower.map((t) => [t.target?.meets, t.target?.text])).toEqual([
      [false, "Below the usual 3× coverage"],
      [false, "Below our 90% mark for answers within the signed 24 h"],
    ]);
  });
});

describe("scoreboard tiles with nothing to compare or no figure", () => {
  const empty: ScoreboardFigures = {
    ...review1,
    velocityPerDay: null,
    qualifiedCount: 0,
    averageDealValue: null,
    winRate: null,
    averageCycleDays: null,
    mqlToSql: null,
    sqlToWon: null,
    coverageRatio: null,
    marketingSourcedPipeline: 0,
    topOwnerShare: null,
    handoffCompliance: null,
  };

  it("says there is no review yet, and why each empty figure is empty", () => {
    const tiles = figureTiles(SCOREBOARD_TILES, empty, null, {
      responseHours: null,
      standardSigned: false,
    });
    expect(tiles.every((t) => t.change === null)).toBe(true);
    expect(Object.fromEntries(tiles.map((t) => [t.key, t.reason]))).toEqual({
      marketingSourcedPipeline: "No open deal came through MQL",
      mqlToSql: "No deal has entered MQL",
      sqlToWon: "No deal that reached SQL has closed yet",
      handoffCompliance: "No signed standard yet: it sets the hours sales has to answer",
      velocityPerDay: "Needs a closed deal: none has closed yet",
      qualifiedCount: "No open deal has reached SQL",
      averageDealValue: "No won deal with an amount yet",
      winRate: "No deal has closed yet",
      averageCycleDays: "No won deal with both dates yet",
      coverageRatio: "No revenue target set for this period",
      staleCount: null,
      topOwnerShare: "No named owner holds open pipeline",
    });
    // No target is invented: coverage has no target set, compliance no signed standard.
    expect(tiles.filter((t) => t.target !== null)).toEqual([]);
  });

  it("names the real reason for 0 % handoffs: none answered within the promised hours", () => {
    const [tile] = figureTiles(["handoffCompliance"], { ...review1, handoffCompliance: 0 }, null, {
      responseHours: 24,
      standardSigned: true,
      // 190 h ÷ 24 = 7.92 days.
      handoff: { considered: 412, inTime: 0, medianAnswerHours: 190 },
    });
    expect(tile!.reason).toBe(
      "None of the 412 MQL handoffs in the last 91 days was answered within 24 h; the median answer took 7.9 days",
    );
    // 0 < 0.9: below the pass mark.
    expect(tile!.target?.meets).toBe(false);
  });

  it("tells an empty compliance under a signed standard from one without any", () => {
    const [tile] = figureTiles(["handoffCompliance"], empty, null, {
      responseHours: 24,
      standardSigned: true,
      handoff: { considered: 0, inTime: 0 },
    });
    expect(tile!.reason).toBe("No MQL handoff came due in the last 91 days");
  });
});
