import { describe, expect, it } from "vitest";
import { DEFAULT_STAGES, type Opportunity, type PipelineData } from "../../lib/domain/pipeline";
import { handoffAnswers, handoffCompliance } from "../../lib/domain/scoreboard";
import { paths } from "../support/opportunity";

const at = (iso: string) => new Date(`${iso}Z`);
const asOf = at("2026-06-30T00:00");
const from = at("2026-06-01T00:00");

function opp(
  id: string,
  status: Opportunity["status"] = "open",
  closedAt: string | null = null,
): Opportunity {
  return {
    id,
    name: id,
    account: null,
    owner: null,
    source: null,
    segment: null,
    amount: 1000,
    currency: "USD",
    createdAt: at("2026-05-01T00:00"),
    closedAt: closedAt ? at(closedAt) : null,
    status,
  };
}

/** One lead per way sales can answer a handoff, with a 24-hour promise. */
const data: PipelineData = {
  stages: DEFAULT_STAGES,
  opportunities: [
    opp("accepted"),
    opp("lostStage", "lost", "2026-06-02T20:00"),
    opp("closedLost", "lost", "2026-06-03T12:00"),
    opp("acceptedLate"),
    opp("untouched"),
    opp("sentBack"),
    opp("windowOpen"),
    opp("skippedToProposal"),
    opp("wonOnTheSpot", "won", "2026-06-08T11:00"),
    opp("answeredAfterAsOf"),
  ],
  // Each lead's entries in path order. closedLost and wonOnTheSpot keep paths that stop short of
  // their close, so they are answered by the close itself.
  events: paths(
    (
      [
        ["accepted", "mql", "2026-06-01T09:00"],
        ["accepted", "sql", "2026-06-01T15:00"],
        ["lostStage", "mql", "2026-06-02T09:00"],
        ["lostStage", "lost", "2026-06-02T20:00"],
        ["closedLost", "mql", "2026-06-03T09:00"],
        ["acceptedLate", "mql", "2026-06-04T09:00"],
        ["acceptedLate", "sql", "2026-06-07T00:00"],
        ["untouched", "engagement", "2026-06-04T08:00"],
        ["untouched", "mql", "2026-06-05T09:00"],
        ["sentBack", "mql", "2026-06-06T09:00"],
        ["sentBack", "engagement", "2026-06-06T14:00"],
        ["windowOpen", "mql", "2026-06-29T12:00"],
        ["skippedToProposal", "mql", "2026-05-01T09:00"],
        ["skippedToProposal", "proposal", "2026-05-01T10:00"],
        ["wonOnTheSpot", "mql", "2026-06-08T09:00"],
        ["answeredAfterAsOf", "mql", "2026-06-10T09:00"],
        ["answeredAfterAsOf", "sql", "2026-07-02T09:00"],
      ] as const
    ).map(([id, stage, t]) => [id, stage, at(t)] as const),
  ),
};

describe("handoff compliance", () => {
  it("counts answers within the promised hours, accepted or rejected, against all handoffs due", () => {
    expect(handoffCompliance(data, { responseHours: 24, asOf, from })).toEqual({
      considered: 8,
      acceptedInTime: 2,
      rejectedInTime: 3,
      late: 1,
      neverAnswered: 2,
      compliance: 5 / 8,
    });
  });

  it("says how each lead was answered", () => {
    const outcomes = Object.fromEntries(
      handoffAnswers(data, { responseHours: 24, asOf, from }).map((a) => [
        a.opportunityId,
        a.outcome,
      ]),
    );
    expect(outcomes).toEqual({
      accepted: "acceptedInTime",
      lostStage: "rejectedInTime",
      closedLost: "rejectedInTime",
      acceptedLate: "late",
      untouched: "neverAnswered",
      sentBack: "rejectedInTime",
      wonOnTheSpot: "acceptedInTime",
      answeredAfterAsOf: "neverAnswered",
    });
  });

  it("leaves out handoffs whose window is still open", () => {
    const ids = handoffAnswers(data, { responseHours: 24, asOf }).map((a) => a.opportunityId);
    expect(ids).not.toContain("windowOpen");
    const later = handoffAnswers(data, { responseHours: 24, asOf: at("2026-07-01T00:00") });
    expect(later.find((a) => a.opportunityId === "windowOpen")).toMatchObject({
      outcome: "neverAnswered",
      deadline: at("2026-06-30T12:00"),
    });
  });

  it("counts only handoffs made in [from, to)", () => {
    // Without a start, May's lead that jumped straight to proposal counts too.
    expect(handoffCompliance(data, { responseHours: 24, asOf })).toMatchObject({
      considered: 9,
      acceptedInTime: 3,
      compliance: 6 / 9,
    });
    expect(
      handoffCompliance(data, { responseHours: 24, asOf, from, to: at("2026-06-04T09:00") }),
    ).toMatchObject({ considered: 3, acceptedInTime: 1, rejectedInTime: 2, compliance: 1 });
  });

  it("keeps figures frozen at asOf: an answer given afterwards does not change them", () => {
    const row = (asOfDate: Date) =>
      handoffAnswers(data, { responseHours: 24, asOf: asOfDate, from }).find(
        (a) => a.opportunityId === "answeredAfterAsOf",
      );
    expect(row(asOf)).toMatchObject({ outcome: "neverAnswered", answeredAt: null });
    expect(row(at("2026-07-05T00:00"))).toMatchObject({
      outcome: "late",
      answeredAt: at("2026-07-02T09:00"),
    });
  });

  it("judges against the standard's hours: a longer promise turns a late answer into a timely one", () => {
    expect(handoffCompliance(data, { responseHours: 72, asOf, from })).toMatchObject({
      acceptedInTime: 3,
      late: 0,
    });
  });

  it("has no compliance figure when no handoff is due yet", () => {
    expect(
      handoffCompliance(data, { responseHours: 24, asOf, from: at("2026-06-29T00:00") }),
    ).toEqual({
      considered: 0,
      acceptedInTime: 0,
      rejectedInTime: 0,
      late: 0,
      neverAnswered: 0,
      compliance: null,
    });
  });
});
