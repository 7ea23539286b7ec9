import { describe, expect, it } from "vitest";
import { FRACTURE_INFO, FRACTURES, primaryOf } from "../../lib/domain/diagnostic";
import {
  COSTLIEST_MARGIN,
  PERCEPTION_GAP_THRESHOLD,
  costliestOf,
  draftAssessment,
  perceptionGaps,
  snapshot,
  type AssessmentSection,
  type RespondentRole,
  type SnapshotRespondent,
} from "../../lib/domain/snapshot";

const scores = (values: number[]) => FRACTURES.map((key, i) => ({ key, score: values[i] ?? 0 }));

/** One leader choosing the same option index for every question of a fracture, in chain order. */
function leader(role: RespondentRole, picks: number[]): SnapshotRespondent {
  return {
    role,
    answers: Object.fromEntries(
      snapshot.questions.map((q) => [
        q.id,
        q.options[picks[FRACTURES.indexOf(q.fracture)] ?? 0]!.id,
      ]),
    ),
  };
}

const body = (sections: AssessmentSection[], key: AssessmentSection["key"]) =>
  sections.find((s) => s.key === key)!.body;

const draft = (respondents: SnapshotRespondent[]) =>
  draftAssessment({ companyName: "Northwind Freight", bank: snapshot, respondents });

describe("naming the costliest fracture of a team", () => {
  it("names one fracture only when it leads the next by the margin", () => {
    expect(costliestOf(scores([40, 40 + COSTLIEST_MARGIN, 10, 10, 10]))).toEqual({
      kind: "named",
      key: "MARKETING",
      lead: COSTLIEST_MARGIN,
    });
  });

  it("calls a 1-point lead a tie, listing every fracture within the margin in chain order", () => {
    expect(costliestOf(scores([58, 59, 10, 56, 30]))).toEqual({
      kind: "tied",
      keys: ["MARKETING", "POSITIONING", "RELATIONSHIPS"],
    });
  });

  it("leaves out of a tie a fracture under the threshold, however close", () => {
    expect(costliestOf(scores([26, 24, 0, 0, 0]))).toMatchObject({
      kind: "named",
      key: "POSITIONING",
    });
    expect(costliestOf(scores([20, 10, 0, 0, 0]))).toEqual({ kind: "none" });
  });

  it("leaves the free diagnostic's rule alone: one person's tie still goes upstream", () => {
    expect(primaryOf(scores([58, 59, 0, 0, 0]))).toBe("MARKETING");
    expect(primaryOf(scores([59, 59, 0, 0, 0]))).toBe("POSITIONING");
  });

  it("says in the summary which fractures are tied, and calls none of them the costliest", () => {
    // Positioning 60, marketing 59 combined; the two leaders agree on both.
    const sections = draft([leader("CEO", [2, 2, 0, 0, 0]), leader("SALES", [2, 2, 0, 3, 0])]);
    const summary = body(sections, "summary");
    expect(summary).toContain("No single break stands out as the costliest");
    expect(summary).toContain(`**${FRACTURE_INFO.POSITIONING.name}** (60)`);
    expect(summary).toContain(`**${FRACTURE_INFO.MARKETING.name}** (59)`);
    expect(summary).not.toMatch(/The costliest break is/);
    const fractures = body(sections, "fractures");
    expect(fractures).not.toContain("(the costliest)");
    expect(fractures.match(/\(tied for costliest\)/g)).toHaveLength(2);
  });
});

describe("leaders who disagree on a fracture", () => {
  // The CEO sees relationships holding; the head of sales sees them broken.
  const sections = draft([leader("CEO", [0, 0, 0, 0, 0]), leader("SALES", [0, 0, 0, 3, 0])]);
  const relationships = FRACTURE_INFO.RELATIONSHIPS.name;

  it("says so in the headline and gives each role's score instead of the average", () => {
    const summary = body(sections, "summary");
    expect(summary).toContain(`The leaders disagree about **${relationships}**`);
    expect(summary).toMatch(/the CEO 0 and the head of sales 9\d out of 100/);
    expect(summary).not.toMatch(/The costliest break is/);
    expect(summary).not.toMatch(/at 4\d out of 100/);
  });

  it("ranks it without an average in its heading", () => {
    const fractures = body(sections, "fractures");
    expect(fractures).toContain(`**1. ${relationships}: the leaders disagree**\n`);
    expect(fractures).not.toContain("(the costliest)");
    expect(fractures).toMatch(/By role: the CEO 0 and the head of sales 9\d\./);
    expect(body(sections, "plan")).toMatch(
      /Pipeline depends on individual relationships\*\* \(the leaders disagree: the CEO 0 and the head of sales 9\d\)/,
    );
  });

  it("quotes an agreed fracture's score as the team's", () => {
    const agreed = draft([leader("CEO", [0, 0, 3, 0, 0]), leader("SALES", [0, 0, 3, 0, 0])]);
    expect(body(agreed, "summary")).toMatch(
      new RegExp(
        `The costliest break is \\*\\*${FRACTURE_INFO.MESSAGING.name}\\*\\*, at \\d+ out of 100`,
      ),
    );
  });

  it("reads a gap under the perception-gap threshold as agreement", () => {
    // Sales one step worse than the CEO on every relationships question.
    const pair = [leader("CEO", [0, 0, 0, 2, 0]), leader("SALES", [0, 0, 0, 3, 0])];
    const gap = perceptionGaps(snapshot, pair).fractures.find((g) => g.key === "RELATIONSHIPS")!;
    expect(gap.spread).toBeGreaterThan(0);
    expect(gap.spread).toBeLessThan(PERCEPTION_GAP_THRESHOLD);
    const summary = body(draft(pair), "summary");
    expect(summary).not.toContain("The leaders disagree about");
    expect(summary).toContain(`The costliest break is **${relationships}**`);
  });
});
