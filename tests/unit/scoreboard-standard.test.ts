import { describe, expect, it } from "vitest";
import { DEFAULT_STANDARD, ZQualificationStandard } from "../../lib/domain/scoreboard";

/** The posted standard, loosely typed so a test can send what a careless form would. */
type Draft = {
  criteria?: Record<string, unknown>;
  thresholds?: unknown;
  handoff: Record<string, unknown>;
};

/** The default standard with one change made by the user. */
function draft(patch: (s: Draft) => void = () => {}): Draft {
  const s: Draft = structuredClone(DEFAULT_STANDARD);
  patch(s);
  return s;
}

function errorsOf(input: unknown) {
  const result = ZQualificationStandard.safeParse(input);
  if (result.success) throw new Error("expected the standard to be refused");
  return result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

describe("qualification standard", () => {
  it("accepts the default draft as it is, so a team can sign it before editing", () => {
    expect(ZQualificationStandard.parse(DEFAULT_STANDARD)).toEqual(DEFAULT_STANDARD);
    expect(DEFAULT_STANDARD.handoff.requiredBeforeHandoff.length).toBeGreaterThan(0);
  });

  it("trims text, reads hours typed into a field and drops rows left blank", () => {
    const parsed = ZQualificationStandard.parse(
      draft((s) => {
        s.criteria!.budget = "  Budget approved for this year.  ";
        s.handoff.responseHours = "48";
        s.handoff.requiredBeforeHandoff = ["Contact role", "   ", ""];
        s.thresholds = [
          { appliesTo: " EMEA ", rule: "Decision within one quarter." },
          { appliesTo: "", rule: "  " },
        ];
      }),
    );
    expect(parsed.criteria.budget).toBe("Budget approved for this year.");
    expect(parsed.handoff.responseHours).toBe(48);
    expect(parsed.handoff.requiredBeforeHandoff).toEqual(["Contact role"]);
    expect(parsed.thresholds).toEqual([
      { appliesTo: "EMEA", rule: "Decision within one quarter." },
    ]);
  });

  it("treats missing thresholds as none: the four tests alone are a valid standard", () => {
    const parsed = ZQualificationStandard.parse(draft((s) => delete s.thresholds));
    expect(parsed.thresholds).toEqual([]);
  });

  it("names the test left empty", () => {
    expect(errorsOf(draft((s) => (s.criteria!.authority = "   ")))).toEqual([
      { path: "criteria.authority", message: "The authority test cannot be empty." },
    ]);
  });

  it("refuses a handoff with nothing required before it", () => {
    expect(errorsOf(draft((s) => (s.handoff.requiredBeforeHandoff = ["", " "])))).toEqual([
      {
        path: "handoff.requiredBeforeHandoff",
        message: "Name at least one thing marketing must know before passing a lead.",
      },
    ]);
  });

  it("keeps the response time between one hour and thirty days, in whole hours", () => {
    expect(errorsOf(draft((s) => (s.handoff.responseHours = 0)))[0]!.message).toBe(
      "Sales needs at least 1 hour to respond.",
    );
    expect(errorsOf(draft((s) => (s.handoff.responseHours = "721")))[0]!.message).toBe(
      "Keep the response time within 720 hours (30 days).",
    );
    expect(errorsOf(draft((s) => (s.handoff.responseHours = 1.5)))[0]!.message).toBe(
      "Give the response time in whole hours.",
    );
    expect(errorsOf(draft((s) => (s.handoff.responseHours = "two days")))[0]!.message).toBe(
      "Give the response time as a number of hours.",
    );
    expect(
      ZQualificationStandard.parse(draft((s) => (s.handoff.responseHours = 720))).handoff,
    ).toMatchObject({ responseHours: 720 });
  });

  it("refuses a threshold with a rule but nobody it applies to", () => {
    expect(
      errorsOf(draft((s) => (s.thresholds = [{ appliesTo: "", rule: "Two stakeholders known." }]))),
    ).toEqual([
      { path: "thresholds.0.appliesTo", message: "Who a threshold applies to cannot be empty." },
    ]);
  });

  it("caps thresholds at twelve and long text at its limit", () => {
    const thirteen = Array.from({ length: 13 }, (_, i) => ({
      appliesTo: `Region ${i}`,
      rule: "r",
    }));
    expect(errorsOf(draft((s) => (s.thresholds = thirteen)))[0]!.message).toBe(
      "Keep to at most 12 thresholds.",
    );
    expect(errorsOf(draft((s) => (s.criteria!.problem = "x".repeat(601))))).toEqual([
      { path: "criteria.problem", message: "Keep the problem test under 600 characters." },
    ]);
  });

  it("refuses a standard without its criteria", () => {
    expect(errorsOf(draft((s) => delete s.criteria))).toEqual([
      {
        path: "criteria",
        message: "The standard needs its four tests: budget, authority, problem and timeline.",
      },
    ]);
  });
});
