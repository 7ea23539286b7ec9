import { describe, expect, it } from "vitest";
import {
  followUpKey,
  followUpsFor,
  movedSince,
  reviewDueOn,
  reviewListFor,
  reviewTiming,
  sortReviewDeals,
  type DealNow,
  type PriorDecision,
  type ReviewSort,
} from "../../lib/domain/scoreboard";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const labels: Record<string, string> = { sql: "SQL", proposal: "Proposal", mql: "MQL" };
const label = (key: string | null) => (key ? (labels[key] ?? key) : "no stage");

const prior = (p: Partial<PriorDecision> & Pick<PriorDecision, "externalId">): PriorDecision => ({
  reviewNumber: 1,
  decision: "ADVANCE",
  name: `Deal ${p.externalId}`,
  amount: 1000,
  stageKey: "sql",
  stageEnteredAt: day("2026-10-01"),
  nextStep: "Call the sponsor",
  decisionOwner: "Ann",
  dueDate: day("2026-12-08"),
  eliminationReason: null,
  ...p,
});

const now = (d: Partial<DealNow> & Pick<DealNow, "externalId">): DealNow => ({
  name: `Deal ${d.externalId}`,
  owner: "Ann",
  amount: 1000,
  status: "OPEN",
  stageKey: "sql",
  stageEnteredAt: day("2026-10-01"),
  daysInStage: 61,
  ...d,
});

const map = (...deals: DealNow[]) => new Map(deals.map((d) => [d.externalId, d]));

describe("whether a deal moved since a decision", () => {
  const p = prior({ externalId: "1" });
  it("holds still in the same stage with the same entry", () => {
    expect(movedSince(p, now({ externalId: "1" }))).toBe(false);
  });
  it("moves when closed, in another stage, entered again, or gone from the data", () => {
    expect(movedSince(p, now({ externalId: "1", status: "WON" }))).toBe(true);
    expect(movedSince(p, now({ externalId: "1", stageKey: "proposal" }))).toBe(true);
    // Forward and back between two imports: the same stage, entered later.
    expect(movedSince(p, now({ externalId: "1", stageEnteredAt: day("2026-11-20") }))).toBe(true);
    expect(movedSince(p, undefined)).toBe(true);
  });
  it("judges by the stage alone when the decision's entry date is unknown", () => {
    const undated = prior({ externalId: "1", stageEnteredAt: null });
    expect(movedSince(undated, now({ externalId: "1", stageEnteredAt: day("2026-11-20") }))).toBe(
      false,
    );
  });
});

describe("follow-ups of advance decisions", () => {
  const reviewDate = day("2026-12-15");
  const priors = [
    prior({ externalId: "moved" }),
    prior({ externalId: "late", dueDate: day("2026-12-14") }),
    prior({ externalId: "waiting", dueDate: day("2026-12-15") }),
    prior({ externalId: "dropped", decision: "ELIMINATE", nextStep: null, dueDate: null }),
    prior({ externalId: "seen", reviewNumber: 1 }),
  ];
  const deals = map(
    // The amounts as the latest import has them order the list.
    now({ externalId: "moved", stageKey: "proposal", amount: 500 }),
    now({ externalId: "late", amount: 9000 }),
    now({ externalId: "waiting", amount: 3000 }),
    now({ externalId: "dropped" }),
    now({ externalId: "seen", status: "WON" }),
  );
  const followUps = followUpsFor(priors, deals, {
    reviewDate,
    alreadyDone: new Set([followUpKey("seen", 1)]),
  });

  it("are done when the deal moved, overdue past their day, pending on or before it", () => {
    expect(followUps.map((f) => [f.externalId, f.status])).toEqual([
      ["late", "OVERDUE"],
      ["waiting", "PENDING"],
      ["moved", "DONE"],
    ]);
  });
  it("carry the step, its owner, its due day and where the deal went", () => {
    expect(followUps.find((f) => f.externalId === "moved")).toMatchObject({
      fromReviewNumber: 1,
      nextStep: "Call the sponsor",
      decisionOwner: "Ann",
      dueDate: day("2026-12-08"),
      stageAtDecision: "sql",
      stageNow: "proposal",
      dealStatus: "OPEN",
    });
  });
  it("leave out eliminations and steps an earlier review already saw done", () => {
    expect(followUps.map((f) => f.externalId)).not.toContain("dropped");
    expect(followUps.map((f) => f.externalId)).not.toContain("seen");
  });
});

describe("the next review's list", () => {
  const candidate = (externalId: string, amount: number | null) => ({
    externalId,
    name: `Deal ${externalId}`,
    owner: "Ann",
    amount,
    stageKey: "sql",
    daysInStage: 90,
    stallRatio: 3,
    reason: "STALE" as const,
    reasonText: "90 days in this stage, where the median stay is 30",
  });

  it("leaves out a deal eliminated and not moved, and brings back one the CRM moved as reopened", () => {
    const priors = [
      prior({
        externalId: "still",
        decision: "ELIMINATE",
        eliminationReason: "No budget",
        nextStep: null,
        dueDate: null,
      }),
      prior({
        externalId: "moved",
        reviewNumber: 2,
        decision: "ELIMINATE",
        eliminationReason: "No budget",
        nextStep: null,
        dueDate: null,
      }),
      prior({ externalId: "closed", decision: "ELIMINATE", nextStep: null, dueDate: null }),
    ];
    const deals = map(
      now({ externalId: "still" }),
      now({
        externalId: "moved",
        stageKey: "proposal",
        amount: 50_000,
        stageEnteredAt: day("2026-12-01"),
      }),
      now({ externalId: "closed", status: "LOST" }),
      now({ externalId: "fresh" }),
    );
    const list = reviewListFor(
      [candidate("still", 2000), candidate("fresh", 1000)],
      priors,
      deals,
      label,
    );
    expect(list.deals.map((d) => [d.externalId, d.reason])).toEqual([
      ["moved", "REOPENED"],
      ["fresh", "STALE"],
    ]);
    expect(list.heldOut).toBe(1);
    expect(list.deals[0]!.reasonText).toBe(
      "Eliminated in review 2 (No budget); the CRM has since moved it from SQL to Proposal",
    );
    expect(list.deals[1]!.stageEnteredAt).toEqual(day("2026-10-01"));
  });

  it("keeps an advanced deal that is stale again, and sorts by open amount, largest first", () => {
    const list = reviewListFor(
      [candidate("small", 100), candidate("none", null), candidate("big", 455_000)],
      [prior({ externalId: "small" })],
      map(now({ externalId: "small" }), now({ externalId: "none" }), now({ externalId: "big" })),
      label,
    );
    expect(list.deals.map((d) => d.externalId)).toEqual(["big", "small", "none"]);
    expect(list.heldOut).toBe(0);
  });
});

describe("when the next review is due", () => {
  const anchor = day("2026-12-01");
  it("is the first review day before any review, and a cadence after the last one", () => {
    expect(reviewDueOn({ cadence: "BIWEEKLY", anchor, lastReviewAt: null })).toEqual(anchor);
    expect(reviewDueOn({ cadence: "BIWEEKLY", anchor, lastReviewAt: day("2026-12-01") })).toEqual(
      day("2026-12-15"),
    );
    // Held a day late, it still settles December 1: the next is due December 15.
    expect(reviewDueOn({ cadence: "BIWEEKLY", anchor, lastReviewAt: day("2026-12-02") })).toEqual(
      day("2026-12-15"),
    );
  });
  it("stays due while a review is overdue, rather than moving on", () => {
    const timing = reviewTiming({
      cadence: "BIWEEKLY",
      anchor,
      last: { number: 1, reviewDate: day("2026-12-01") },
      now: day("2026-12-20"),
    });
    expect(timing).toEqual({ number: 2, dueOn: day("2026-12-15"), early: false });
  });
  it("calls a review started minutes after the last one early", () => {
    expect(
      reviewTiming({
        cadence: "BIWEEKLY",
        anchor,
        last: { number: 1, reviewDate: day("2026-12-01") },
        now: new Date("2026-12-01T10:05:00Z"),
      }),
    ).toEqual({ number: 2, dueOn: day("2026-12-15"), early: true });
  });
  it("keeps the first review day when it was moved after the last review", () => {
    expect(
      reviewDueOn({ cadence: "WEEKLY", anchor: day("2027-01-04"), lastReviewAt: anchor }),
    ).toEqual(day("2027-01-04"));
  });
});

describe("the order of a review's list", () => {
  const deals = [
    { name: "A", amount: 455_000, daysInStage: 40, stallRatio: 2.2 },
    { name: "B", amount: null, daysInStage: 200, stallRatio: null },
    { name: "C", amount: 12_000, daysInStage: null, stallRatio: 6.5 },
    { name: "D", amount: 90_000, daysInStage: 95, stallRatio: 3.1 },
  ];
  const names = (sort: ReviewSort, direction: "asc" | "desc") =>
    sortReviewDeals(deals, sort, direction).map((d) => d.name);

  it("reads by open amount, days in stage or stall ratio, with blanks last either way", () => {
    expect(names("amount", "desc")).toEqual(["A", "D", "C", "B"]);
    expect(names("amount", "asc")).toEqual(["C", "D", "A", "B"]);
    expect(names("days", "desc")).toEqual(["B", "D", "A", "C"]);
    expect(names("ratio", "desc")).toEqual(["C", "D", "A", "B"]);
    expect(names("ratio", "asc")).toEqual(["A", "D", "C", "B"]);
  });
});
