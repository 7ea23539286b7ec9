import { describe, expect, it } from "vitest";
import { DEFAULT_STAGES, type PipelineData } from "../../lib/domain/pipeline";
import {
  SCOREBOARD_FIGURES,
  ZEliminateDecision,
  ZScoreboardFigures,
  advanceDecisionSchemaFor,
  changeSince,
  reviewAgenda,
  reviewDecisionSchemaFor,
  scoreboardFigures,
  sqlToWonRate,
  unclearReason,
  type ScoreboardFigures,
} from "../../lib/domain/scoreboard";
import { opp, paths } from "../support/opportunity";

const at = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : `${iso}Z`);
const asOf = at("2026-06-30");

/** Eight deals whose figures are worked out by hand in the tests below. */
const data: PipelineData = {
  stages: DEFAULT_STAGES,
  opportunities: [
    opp({
      id: "w1",
      status: "won",
      amount: 100,
      owner: "ann",
      createdAt: at("2026-01-01"),
      closedAt: at("2026-03-02"),
    }),
    opp({
      id: "w2",
      status: "won",
      amount: 300,
      owner: "ann",
      createdAt: at("2026-02-01"),
      closedAt: at("2026-05-02"),
    }),
    opp({
      id: "l1",
      status: "lost",
      amount: 50,
      owner: "bob",
      createdAt: at("2026-01-05"),
      closedAt: at("2026-02-04"),
    }),
    opp({
      id: "l2",
      status: "lost",
      amount: 120,
      owner: "bob",
      createdAt: at("2026-02-10"),
      closedAt: at("2026-03-12"),
    }),
    opp({ id: "o1", status: "open", amount: 200, owner: "ann", createdAt: at("2026-02-28") }),
    opp({ id: "o2", status: "open", amount: 80, owner: "bob", createdAt: at("2026-06-20") }),
    opp({ id: "o3", status: "open", amount: null, owner: null, createdAt: at("2026-06-01") }),
    opp({ id: "o4", status: "open", amount: 500, owner: "cat", createdAt: at("2026-06-20") }),
  ],
  // Each deal's entries in path order. The closed deals' paths stop short of their close: their
  // last stay ends at the close all the same.
  events: paths(
    (
      [
        ["w1", "mql", "2026-01-01"],
        ["w1", "sql", "2026-01-11"],
        ["w1", "proposal", "2026-01-31"],
        ["w2", "sql", "2026-02-01"],
        ["w2", "negotiation", "2026-03-01"],
        ["l1", "mql", "2026-01-05"],
        ["l1", "sql", "2026-01-15"],
        ["l2", "mql", "2026-02-10"],
        ["o1", "mql", "2026-02-28T12:00"],
        ["o1", "sql", "2026-03-01"],
        ["o2", "mql", "2026-06-20"],
        ["o3", "proposal", "2026-06-01"],
        ["o4", "sql", "2026-06-20"],
      ] as const
    ).map(([id, stage, t]) => [id, stage, at(t)] as const),
  ),
};

describe("SQL to won", () => {
  it("is won ÷ closed among deals that reached SQL, leaving out leads lost before sales took them", () => {
    // Reached SQL or later and closed: w1 w2 won, l1 lost. l2 was lost at MQL; o1 o3 o4 are open.
    expect(sqlToWonRate(data)).toBeCloseTo(2 / 3);
    // The overall win rate counts l2 too, so it reads lower.
    expect(
      scoreboardFigures(data, { asOf, revenueTarget: null, responseHours: null }).winRate,
    ).toBe(0.5);
  });

  it("has no value before any qualified deal has closed", () => {
    const early = { ...data, opportunities: data.opportunities.filter((o) => o.status === "open") };
    expect(sqlToWonRate(early)).toBeNull();
  });
});

describe("scoreboard figures", () => {
  const figures = scoreboardFigures(data, { asOf, revenueTarget: 1000, responseHours: 24 });

  it("assembles the shared figures from the pipeline", () => {
    expect(figures).toMatchObject({
      asOf: "2026-06-30T00:00:00.000Z",
      // o1 at SQL, o3 at proposal, o4 at SQL.
      qualifiedCount: 3,
      averageDealValue: 200,
      winRate: 0.5,
      // 60 and 90 days.
      averageCycleDays: 75,
      // 3 × 200 × 0.5 ÷ 75.
      velocityPerDay: 4,
      // Of w1 l1 l2 o1 o2 at MQL, w1 l1 o1 moved on.
      mqlToSql: 0.6,
      openPipelineValue: 780,
      coverageRatio: 0.78,
      // o1 and o2 came through MQL; o4 went straight to SQL.
      marketingSourcedPipeline: 280,
      // o1: 121 days at SQL, where finished stays took 20.
      staleCount: 1,
      topOwnerShare: 500 / 780,
    });
    expect(figures.sqlToWon).toBeCloseTo(2 / 3);
  });

  it("measures handoffs over the last quarter only", () => {
    // o2's handoff on 20 June went unanswered; o1's quick one in February is out of the window.
    expect(figures.handoffCompliance).toBe(0);
    const longWindow = scoreboardFigures(data, {
      asOf,
      revenueTarget: 1000,
      responseHours: 24,
      handoffWindowDays: 365,
    });
    // Of w1 l1 l2 o1 o2, only o1 was answered within a day.
    expect(longWindow.handoffCompliance).toBe(0.2);
  });

  it("leaves out what needs a signed standard or a target", () => {
    const bare = scoreboardFigures(data, { asOf, revenueTarget: null, responseHours: null });
    expect(bare.coverageRatio).toBeNull();
    expect(bare.handoffCompliance).toBeNull();
  });

  it("survives being stored and read back", () => {
    expect(ZScoreboardFigures.parse(JSON.parse(JSON.stringify(figures)))).toEqual(figures);
    expect(ZScoreboardFigures.safeParse({ ...figures, winRate: 1.5 }).success).toBe(false);
  });
});

describe("change since the previous review", () => {
  const current = scoreboardFigures(data, { asOf, revenueTarget: 1000, responseHours: 24 });
  const byKey = (previous: ScoreboardFigures | null) =>
    new Map(changeSince(previous, current).map((c) => [c.key, c]));

  it("shows every figure without a change at the first review", () => {
    const changes = changeSince(null, current);
    expect(changes.map((c) => c.key)).toEqual(Object.keys(SCOREBOARD_FIGURES));
    for (const c of changes)
      expect(c).toMatchObject({ previous: null, delta: null, direction: "same" });
    expect(byKey(null).get("openPipelineValue")).toMatchObject({ current: 780, format: "money" });
  });

  it("calls a rise better where more is good and worse where less is good", () => {
    const previous: ScoreboardFigures = {
      ...current,
      asOf: "2026-06-16T00:00:00.000Z",
      winRate: 0.4,
      staleCount: 3,
      averageCycleDays: 60,
      topOwnerShare: 0.5,
      handoffCompliance: null,
    };
    const changes = byKey(previous);
    expect(changes.get("winRate")).toMatchObject({ direction: "better", format: "percent" });
    expect(changes.get("winRate")!.delta).toBeCloseTo(0.1);
    expect(changes.get("staleCount")).toMatchObject({
      previous: 3,
      current: 1,
      delta: -2,
      direction: "better",
    });
    expect(changes.get("averageCycleDays")).toMatchObject({
      delta: 15,
      direction: "worse",
      format: "days",
    });
    expect(changes.get("topOwnerShare")).toMatchObject({ direction: "worse" });
    expect(changes.get("openPipelineValue")).toMatchObject({ delta: 0, direction: "same" });
    // Compliance had no value last time: nothing to compare.
    expect(changes.get("handoffCompliance")).toMatchObject({
      previous: null,
      current: 0,
      delta: null,
      direction: "same",
    });
  });

  it("calls a drop in pipeline worse", () => {
    const changes = byKey({ ...current, openPipelineValue: 1000, coverageRatio: 1 });
    expect(changes.get("openPipelineValue")).toMatchObject({ delta: -220, direction: "worse" });
    expect(changes.get("coverageRatio")).toMatchObject({ direction: "worse", format: "ratio" });
  });
});

describe("deals the review must decide on", () => {
  it("flags a qualified deal without amount or owner, and only a qualified, open one", () => {
    const stages = DEFAULT_STAGES;
    const deal = { status: "open" as const, stage: "proposal", amount: 100, owner: "ann" };
    expect(unclearReason({ ...deal, amount: null, owner: null }, stages)).toBe(
      "Counted as qualified, yet it has neither an amount nor an owner.",
    );
    expect(unclearReason({ ...deal, stage: "sql", amount: 0 }, stages)).toBe(
      "Counted as qualified, yet no amount is recorded.",
    );
    expect(unclearReason({ ...deal, owner: "  " }, stages)).toBe(
      "Counted as qualified, yet nobody owns it.",
    );
    expect(unclearReason(deal, stages)).toBeNull();
    expect(unclearReason({ ...deal, stage: "mql", amount: null }, stages)).toBeNull();
    expect(unclearReason({ ...deal, status: "won", amount: null }, stages)).toBeNull();
  });

  it("lists stale and unclear deals with their reasons, largest first", () => {
    expect(reviewAgenda(data, { asOf })).toEqual([
      {
        opportunityId: "o1",
        name: "o1",
        owner: "ann",
        amount: 200,
        stage: "sql",
        stale: true,
        reasons: ["In SQL for 121 days, where deals usually spend 20."],
      },
      {
        opportunityId: "o3",
        name: "o3",
        owner: null,
        amount: null,
        stage: "proposal",
        stale: false,
        reasons: ["Counted as qualified, yet it has neither an amount nor an owner."],
      },
    ]);
  });
});

describe("a stale deal whose stay cannot be timed", () => {
  it("is put on the agenda by its age against the usual won cycle", () => {
    // w won in 30 days. x entered SQL at an unknown time; open since 1 March, it is 121 days old
    // on 30 June, over twice 30.
    const undated: PipelineData = {
      stages: DEFAULT_STAGES,
      opportunities: [
        opp({ id: "w", status: "won", createdAt: at("2026-01-01"), closedAt: at("2026-01-31") }),
        opp({ id: "x", status: "open", amount: 900, owner: "ann", createdAt: at("2026-03-01") }),
      ],
      events: paths([
        ["w", "mql", at("2026-01-01")],
        ["w", "won", at("2026-01-31")],
        ["x", "mql", at("2026-03-01")],
        ["x", "sql", null],
      ]),
    };
    expect(reviewAgenda(undated, { asOf })).toEqual([
      {
        opportunityId: "x",
        name: "x",
        owner: "ann",
        amount: 900,
        stage: "sql",
        stale: true,
        reasons: ["Open for 121 days, where won deals usually close in 30."],
      },
    ]);
  });
});

describe("review decisions", () => {
  const review = at("2026-06-30T16:00");
  const advance = advanceDecisionSchemaFor(review);
  const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
    result.error?.issues.map((i) => i.message) ?? [];

  it("keeps a deal with a next step, an owner and a due date after the review day", () => {
    expect(
      advance.parse({
        nextStep: "  Book the site visit with ops  ",
        owner: " Ann ",
        dueDate: "2026-07-01",
      }),
    ).toEqual({ nextStep: "Book the site visit with ops", owner: "Ann", dueDate: "2026-07-01" });
  });

  it("refuses a due date on or before the review day, an empty step or owner, and a date that does not exist", () => {
    for (const dueDate of ["2026-06-29", "2026-06-30"])
      expect(messages(advance.safeParse({ nextStep: "Call", owner: "Ann", dueDate }))).toEqual([
        "The due date must be after the review day.",
      ]);
    expect(
      messages(advance.safeParse({ nextStep: "ok", owner: "", dueDate: "2026-02-30" })),
    ).toEqual([
      "Say what the next step is.",
      "Name who owns the next step.",
      "Give the due date as a date.",
    ]);
  });

  it("eliminates a deal only with a reason", () => {
    expect(ZEliminateDecision.parse({ reason: " Budget moved to 2027 " })).toEqual({
      reason: "Budget moved to 2027",
    });
    expect(messages(ZEliminateDecision.safeParse({ reason: " " }))).toEqual([
      "Say why the deal is eliminated.",
    ]);
  });

  it("reads either decision from one form", () => {
    const decision = reviewDecisionSchemaFor(review);
    expect(decision.parse({ kind: "ELIMINATE", reason: "No live problem" })).toEqual({
      kind: "ELIMINATE",
      reason: "No live problem",
    });
    expect(messages(decision.safeParse({ reason: "No live problem" }))).toEqual([
      "Choose to advance or to eliminate the deal.",
    ]);
  });
});
