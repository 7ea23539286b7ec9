import { describe, expect, it } from "vitest";
import { FRACTURES, FRACTURE_INFO, type FractureKey } from "../../lib/domain/diagnostic";
import {
  attachedDiagnosticOf,
  combineScores,
  diagnosticComparison,
  draftAssessment,
  snapshot,
  type AttachedDiagnostic,
  type CombinedScores,
  type SnapshotRespondent,
} from "../../lib/domain/snapshot";

const scores = (values: Partial<Record<FractureKey, number>>) =>
  FRACTURES.map((key) => ({ key, score: values[key] ?? 10 }));

const team = (values: Partial<Record<FractureKey, number>>, respondents = 3): CombinedScores =>
  combineScores(
    Array.from({ length: respondents }, () => ({
      role: "CEO" as const,
      fractures: scores(values),
      primary: null,
    })),
  );

const taken = (overrides: Partial<AttachedDiagnostic> = {}): AttachedDiagnostic => ({
  takenAt: new Date("2026-03-03T09:30:00Z"),
  bankVersion: "diagnostic-v1",
  pricingVersion: "pricing-v1",
  revenueBand: "20m-50m",
  role: "ceo",
  primary: "MESSAGING",
  scores: scores({ MESSAGING: 72, SILOS: 40 }),
  ...overrides,
});

describe("the draft's paragraph on the diagnostic the Snapshot was bought after", () => {
  it("says nothing when no diagnostic was attached", () => {
    expect(diagnosticComparison(null, team({ MESSAGING: 60 }))).toBeNull();
  });

  it("dates the diagnostic, names who took it and how many questions, and agrees when the team does", () => {
    const text = diagnosticComparison(taken(), team({ MESSAGING: 64, SILOS: 45 }))!;
    expect(text).toMatch(/^On March 3, 2026, before this Snapshot, the CEO answered/);
    expect(text).toContain("the free diagnostic's 12 questions alone");
    expect(text).toContain(`named “${FRACTURE_INFO.MESSAGING.name}” as the costliest break (72`);
    expect(text).toContain("The Snapshot answers of the three leaders agree: Sales message");
    expect(text).toContain("at 64.");
    // One paragraph: no blank line, no bullet.
    expect(text).not.toMatch(/\n/);
  });

  it("says so when the team puts another fracture first, with both scores of the one it named", () => {
    const text = diagnosticComparison(taken(), team({ MESSAGING: 30, POSITIONING: 58 }, 2))!;
    expect(text).toContain(
      "The Snapshot answers of the two leaders put Positioning first instead, at 58",
    );
    expect(text).toContain("with Sales message at 30");
  });

  it("points at the widest gap when it is a third fracture, and only when it is wide", () => {
    const wide = diagnosticComparison(
      taken({ scores: scores({ MESSAGING: 72, SILOS: 80 }), primary: "SILOS" }),
      team({ SILOS: 70, MESSAGING: 20, RELATIONSHIPS: 10 }),
    )!;
    // Silos is named in both, so the widest gap among the others is Sales message: 72 against 20.
    expect(wide).toContain(
      "furthest apart on Sales message: 72 in the diagnostic, 20 in the Snapshot.",
    );
    const narrow = diagnosticComparison(taken(), team({ MESSAGING: 64, SILOS: 30 }))!;
    expect(narrow).not.toContain("furthest apart");
  });

  it("covers a diagnostic that found no break, and a team that finds none", () => {
    const clean = taken({ primary: null, scores: scores({}) });
    expect(diagnosticComparison(clean, team({ RELATIONSHIPS: 55 }))).toContain(
      "find a break it did not: Relationships, at 55, where the diagnostic scored 10.",
    );
    expect(diagnosticComparison(clean, team({}))).toContain("agree that the chain holds");
    expect(diagnosticComparison(taken(), team({}))).toMatch(
      /put no fracture at 25 or above, Sales message included \(10\)/,
    );
  });

  it("does not claim the CEO took it when the taker gave another role, or none", () => {
    expect(diagnosticComparison(taken({ role: "sales" }), team({ MESSAGING: 60 }))).toContain(
      "the head of sales answered",
    );
    expect(diagnosticComparison(taken({ role: null }), team({ MESSAGING: 60 }))).toContain(
      "one leader answered",
    );
  });
});

describe("the draft with an attached diagnostic", () => {
  const respondent = (broken: FractureKey[]): SnapshotRespondent => ({
    role: "CEO",
    evidence: {},
    answers: Object.fromEntries(
      snapshot.questions.map((q) => [
        q.id,
        broken.includes(q.fracture) ? q.options.at(-1)!.id : q.options[0]!.id,
      ]),
    ),
  });

  it("quotes it once, in the section on where views differ, and leaves the others as they were", () => {
    const input = {
      companyName: "Northwind Freight",
      bank: snapshot,
      respondents: [respondent(["MESSAGING"])],
    };
    const without = draftAssessment(input);
    const withIt = draftAssessment({ ...input, diagnostic: taken() });
    for (const section of withIt) {
      const before = without.find((s) => s.key === section.key)!.body;
      if (section.key === "perception") {
        expect(section.body.startsWith(before)).toBe(true);
        expect(section.body.slice(before.length)).toMatch(/^\n\nOn March 3, 2026/);
      } else {
        expect(section.body).toBe(before);
      }
    }
  });
});

describe("the copy kept on the Snapshot", () => {
  const row = {
    diagnosticTakenAt: new Date("2026-03-03T09:30:00Z"),
    diagnosticBankVersion: "diagnostic-v1",
    diagnosticPricingVersion: null,
    diagnosticRevenueBand: null,
    diagnosticRole: "ceo",
    diagnosticPrimary: "SILOS" as const,
    diagnosticScores: [...scores({ SILOS: 50 })].reverse(),
  };

  it("reads back in chain order, and as nothing when none was attached", () => {
    expect(attachedDiagnosticOf(row)!.scores.map((s) => s.key)).toEqual([...FRACTURES]);
    expect(
      attachedDiagnosticOf({ ...row, diagnosticTakenAt: null, diagnosticBankVersion: null }),
    ).toBeNull();
  });

  it("refuses stored scores that do not cover each fracture once", () => {
    expect(() => attachedDiagnosticOf({ ...row, diagnosticScores: scores({}).slice(1) })).toThrow();
    expect(() =>
      attachedDiagnosticOf({
        ...row,
        diagnosticScores: [...scores({}), { key: "SILOS", score: 3 }],
      }),
    ).toThrow();
  });
});
