import { describe, expect, it } from "vitest";
import { FRACTURES, FRACTURE_INFO, type FractureKey } from "../../lib/domain/diagnostic";
import type { StageMetrics } from "../../lib/domain/pipeline";
import {
  draftAssessment,
  formatMoney,
  formatPercent,
  snapshot,
  type AssessmentSection,
  type PipelineFigures,
  type RespondentRole,
  type SnapshotRespondent,
} from "../../lib/domain/snapshot";

function respondent(
  role: RespondentRole,
  broken: FractureKey[] = [],
  evidence: Record<string, string> = {},
): SnapshotRespondent {
  return {
    role,
    evidence,
    answers: Object.fromEntries(
      snapshot.questions.map((q) => [
        q.id,
        broken.includes(q.fracture) ? q.options.at(-1)!.id : q.options[0]!.id,
      ]),
    ),
  };
}

const stage = (key: string, entered: number, movedForward: number): StageMetrics => ({
  key,
  label: key.toUpperCase(),
  entered,
  movedForward,
  dropped: entered - movedForward,
  current: 0,
  conversionRate: movedForward / entered,
  medianDays: null,
  meanDays: null,
  p90Days: null,
  undatedStays: 0,
  outOfOrderStays: 0,
});

/** 20 qualified, $50k deals, 19% win rate, 90-day cycle, 10% of MQLs reaching SQL. */
const figures: PipelineFigures = {
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
  },
  stages: [stage("mql", 200, 20), stage("sql", 20, 15), stage("proposal", 15, 10)],
  owners: [{ owner: "Dana", openValueShare: 0.55, wonRevenueShare: 0.4 }],
};

/** Marketing sees a broken message; sales sees broken silos and positioning; the CEO sees a broken message. */
const team = [
  respondent("CEO", ["MESSAGING"], {
    "msg-three-reps": "Sat in on calls with Pat, Lee and Sam in May.",
  }),
  respondent("MARKETING", ["MESSAGING", "RELATIONSHIPS"]),
  respondent("SALES", ["SILOS", "POSITIONING"], {
    "sil-definition-signed": "No signed copy;\nwe each use our own sheet.",
  }),
];

const body = (sections: AssessmentSection[], key: AssessmentSection["key"]) =>
  sections.find((s) => s.key === key)!.body;

describe("the assessment draft", () => {
  const draft = draftAssessment({
    companyName: "Northwind Freight",
    bank: snapshot,
    respondents: team,
    pipeline: figures,
  });

  it("has its six sections in order, each with a title and a body", () => {
    expect(draft.map((s) => s.key)).toEqual([
      "summary",
      "fractures",
      "perception",
      "pipeline",
      "plan",
      "questions",
    ]);
    for (const s of draft) {
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.body.length).toBeGreaterThan(80);
    }
  });

  it("names the company and its costliest fracture in the summary", () => {
    const summary = body(draft, "summary");
    expect(summary).toContain("Northwind Freight");
    expect(summary).toContain(FRACTURE_INFO.MESSAGING.name);
  });

  it("ranks all five fractures, costliest first, quoting the evidence notes on one line", () => {
    const fractures = body(draft, "fractures");
    const positions = FRACTURES.map((k) => fractures.indexOf(FRACTURE_INFO[k].name));
    for (const p of positions) expect(p).toBeGreaterThanOrEqual(0);
    expect(fractures.indexOf(FRACTURE_INFO.MESSAGING.name)).toBe(Math.min(...positions));
    expect(fractures).toContain("“Sat in on calls with Pat, Lee and Sam in May.”");
    expect(fractures).toContain("“No signed copy; we each use our own sheet.”");
  });

  it("shows the pipeline figures, the contradiction and the price in money", () => {
    const pipeline = body(draft, "pipeline");
    expect(pipeline).toMatch(/\*\*Contradicted\*\* \(Silos\)/);
    expect(pipeline).toContain("$91k");
    expect(pipeline).toContain("**Marketing**: not priced; it needs a revenue target");
  });

  it("plans only fractures that matter, in the repair order, in four-week blocks", () => {
    const plan = body(draft, "plan");
    const order = ["POSITIONING", "MESSAGING", "RELATIONSHIPS"] as const;
    const at = order.map((k) => plan.indexOf(FRACTURE_INFO[k].name));
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(plan).toContain("Weeks 1–4");
    expect(plan).toContain("Weeks 9–12");
    expect(plan).not.toContain(FRACTURE_INFO.MARKETING.name);
  });

  it("turns disagreements and contradictions into questions for the meeting", () => {
    const questions = body(draft, "questions");
    expect(questions.split("\n").filter((l) => l.startsWith("- ")).length).toBeGreaterThanOrEqual(
      4,
    );
    expect(questions).toMatch(/What explains the difference\?/);
  });
});

describe("a draft with little to go on", () => {
  const draft = draftAssessment({
    companyName: "Acme Industrial",
    bank: snapshot,
    respondents: [respondent("CEO", ["SILOS"])],
  });

  it("says the pipeline data is missing and prints no money", () => {
    const pipeline = body(draft, "pipeline");
    expect(pipeline).toMatch(/no pipeline data/i);
    expect(pipeline).not.toMatch(/\$\d/);
    expect(body(draft, "summary")).toMatch(/no pipeline data/i);
  });

  it("says a single respondent leaves nothing to compare", () => {
    expect(body(draft, "perception")).toMatch(/Only the CEO answered/);
    expect(body(draft, "questions")).toMatch(/the head of marketing and the head of sales/);
  });
});

describe("figures in prose", () => {
  it("formats money the way a CEO reads it", () => {
    expect(formatMoney(1_240_000)).toBe("$1.2M");
    expect(formatMoney(2_000_000)).toBe("$2M");
    expect(formatMoney(340_400)).toBe("$340k");
    expect(formatMoney(999_600)).toBe("$1M");
    expect(formatMoney(950)).toBe("$950");
    expect(formatPercent(0.19)).toBe("19%");
    expect(formatPercent(0.045)).toBe("4.5%");
  });
});
