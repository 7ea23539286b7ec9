import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import {
  FRACTURES,
  FRACTURE_INFO,
  REPAIR_ORDER,
  answersSchemaFor,
  diagnostic,
  explainResult,
  scoreDiagnostic,
  scoreWithBank,
  type ChangeInsight,
  type DiagnosticBank,
  type DiagnosticQuestion,
  type DiagnosticResult,
  type FractureKey,
} from "../../lib/domain/diagnostic";

type Answers = Record<string, string>;

/** mulberry32: a small seeded PRNG so the random cases are the same on every run. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function answersWith(bank: DiagnosticBank, pick: (q: DiagnosticQuestion) => number): Answers {
  return Object.fromEntries(bank.questions.map((q) => [q.id, q.options[pick(q)]!.id]));
}
const healthiest = (bank: DiagnosticBank = diagnostic) => answersWith(bank, () => 0);
const worst = (bank: DiagnosticBank = diagnostic) => answersWith(bank, (q) => q.options.length - 1);

/**
 * Random answer sets. Half lean towards the healthy end (cube of a uniform draw) so that results
 * with no primary fracture, and results just over the threshold, are well represented.
 */
function randomAnswers(bank: DiagnosticBank, random: () => number): Answers {
  const skew = random() < 0.5 ? 3 : 1;
  return answersWith(bank, (q) => Math.floor(random() ** skew * q.options.length));
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const scoreOf = (result: Pick<DiagnosticResult, "fractures">, key: FractureKey) =>
  result.fractures.find((f) => f.key === key)!.score;

/** The questions on which `key` carries that question's largest weight. */
function dominatedBy(bank: DiagnosticBank, key: FractureKey) {
  return bank.questions.filter((q) => q.weights[key] === Math.max(...Object.values(q.weights)));
}

/** What the product promises about primary: the highest score, ties upstream, null under 25. */
function expectedPrimary(scores: { key: FractureKey; score: number }[]): FractureKey | null {
  const top = Math.max(...scores.map((f) => f.score));
  if (top < 25) return null;
  return FRACTURES.find((k) => scores.find((f) => f.key === k)!.score === top)!;
}

/**
 * A five-question bank with round numbers, to check the formula by hand and to show that scoring
 * and explanations work on any bank version, not just the current one.
 */
const miniBank: DiagnosticBank = {
  version: "test-mini",
  questions: [
    {
      id: "m1",
      prompt: "Positioning question",
      weights: { POSITIONING: 1, MESSAGING: 0.5 },
      options: [
        { id: "a", label: "healthy", leak: 0 },
        { id: "b", label: "half", leak: 0.5 },
        { id: "c", label: "broken", leak: 1 },
      ],
    },
    {
      id: "m2",
      prompt: "Marketing question",
      weights: { MARKETING: 1, SILOS: 0.5 },
      options: [
        { id: "a", label: "healthy", leak: 0 },
        { id: "b", label: "quarter", leak: 0.25 },
        { id: "c", label: "broken", leak: 1 },
      ],
    },
    {
      id: "m3",
      prompt: "Messaging question",
      weights: { MESSAGING: 1 },
      options: [
        { id: "a", label: "healthy", leak: 0 },
        { id: "b", label: "mostly broken", leak: 0.6 },
        { id: "c", label: "broken", leak: 1 },
      ],
    },
    {
      id: "m4",
      prompt: "Relationships question",
      weights: { RELATIONSHIPS: 1, POSITIONING: 0.5 },
      options: [
        { id: "a", label: "healthy", leak: 0 },
        { id: "b", label: "half", leak: 0.5 },
        { id: "c", label: "broken", leak: 1 },
      ],
    },
    {
      id: "m5",
      prompt: "Silos question",
      weights: { SILOS: 1 },
      options: [
        { id: "a", label: "healthy", leak: 0 },
        { id: "b", label: "some", leak: 0.3 },
        { id: "c", label: "broken", leak: 1 },
      ],
    },
  ],
};

/** Every question weighs every fracture equally, so one bad answer lifts each score only to 20. */
const flatBank: DiagnosticBank = {
  version: "test-flat",
  questions: ["f1", "f2", "f3", "f4", "f5"].map((id) => ({
    id,
    prompt: `Flat question ${id}`,
    weights: { POSITIONING: 1, MARKETING: 1, MESSAGING: 1, RELATIONSHIPS: 1, SILOS: 1 },
    options: [
      { id: "a", label: "healthy", leak: 0 },
      { id: "b", label: "broken", leak: 1 },
    ],
  })),
};

describe("scoreDiagnostic", () => {
  it("returns the bank version and the five fractures in chain order", () => {
    const result = scoreDiagnostic(healthiest());
    expect(result.version).toBe("diagnostic-v1");
    expect(result.fractures.map((f) => f.key)).toEqual([...FRACTURES]);
  });

  it("scores every fracture at most 20 when every answer is the healthiest, and names no primary", () => {
    const result = scoreDiagnostic(healthiest());
    for (const f of result.fractures) expect(f.score).toBeLessThanOrEqual(20);
    expect(result.primary).toBeNull();
  });

  it("scores every fracture at least 80 when every answer is the worst", () => {
    const result = scoreDiagnostic(worst());
    for (const f of result.fractures) expect(f.score).toBeGreaterThanOrEqual(80);
    expect(result.primary).not.toBeNull();
  });

  it.each(FRACTURES.map((k) => [k]))(
    "names %s as primary when only the questions it leads get the worst answer",
    (key) => {
      const dominant = new Set(dominatedBy(diagnostic, key).map((q) => q.id));
      expect(dominant.size).toBeGreaterThanOrEqual(2);
      const answers = answersWith(diagnostic, (q) =>
        dominant.has(q.id) ? q.options.length - 1 : 0,
      );
      const result = scoreDiagnostic(answers);
      expect(result.primary).toBe(key);
      // The others are not merely behind but clearly so: the headline is not a coin toss.
      for (const f of result.fractures) {
        if (f.key !== key) expect(f.score).toBeLessThan(scoreOf(result, key) - 25);
      }
    },
  );

  it("gives the same result for the same answers, whatever their order", () => {
    const random = prng(3);
    for (let i = 0; i < 50; i++) {
      const answers = randomAnswers(diagnostic, random);
      const reordered = Object.fromEntries(shuffled(Object.entries(answers), random));
      expect(Object.keys(reordered)).not.toEqual([]);
      expect(scoreDiagnostic(reordered)).toEqual(scoreDiagnostic(answers));
      expect(scoreDiagnostic(answers)).toEqual(scoreDiagnostic({ ...answers }));
    }
  });

  it("holds its invariants over a thousand random answer sets", () => {
    const random = prng(42);
    let withPrimary = 0;
    let withoutPrimary = 0;
    let ties = 0;
    for (let i = 0; i < 1000; i++) {
      const result = scoreDiagnostic(randomAnswers(diagnostic, random));
      expect(result.fractures.map((f) => f.key)).toEqual([...FRACTURES]);
      for (const { score } of result.fractures) {
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }
      expect(result.primary).toBe(expectedPrimary(result.fractures));
      const allBelow = result.fractures.every((f) => f.score < 25);
      expect(result.primary === null).toBe(allBelow);
      const top = Math.max(...result.fractures.map((f) => f.score));
      if (result.fractures.filter((f) => f.score === top).length > 1 && top >= 25) ties++;
      if (result.primary) withPrimary++;
      else withoutPrimary++;
    }
    // The sample must exercise both outcomes and the tie-break, or the test proves little.
    expect(withPrimary).toBeGreaterThan(20);
    expect(withoutPrimary).toBeGreaterThan(20);
    expect(ties).toBeGreaterThan(0);
  });

  it("never lowers a fracture's score when one answer gets worse", () => {
    const random = prng(11);
    for (let i = 0; i < 100; i++) {
      const answers = randomAnswers(diagnostic, random);
      const base = scoreDiagnostic(answers);
      for (const q of diagnostic.questions) {
        const at = q.options.findIndex((o) => o.id === answers[q.id]);
        if (at === q.options.length - 1) continue;
        const changed = scoreDiagnostic({ ...answers, [q.id]: q.options[at + 1]!.id });
        for (const key of FRACTURES) {
          expect(scoreOf(changed, key)).toBeGreaterThanOrEqual(scoreOf(base, key));
        }
      }
    }
  });

  it("throws a ZodError for incomplete answers", () => {
    const answers = healthiest();
    delete answers[diagnostic.questions[4]!.id];
    expect(() => scoreDiagnostic(answers)).toThrow(ZodError);
    expect(() => scoreDiagnostic({})).toThrow(ZodError);
  });

  it("throws a ZodError for an unknown question", () => {
    expect(() => scoreDiagnostic({ ...healthiest(), "q13-invented": "a" })).toThrow(ZodError);
  });

  it("throws a ZodError for an unknown option, naming the question", () => {
    const id = diagnostic.questions[2]!.id;
    try {
      scoreDiagnostic({ ...healthiest(), [id]: "z" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ZodError);
      expect((error as ZodError).issues[0]!.path).toEqual([id]);
    }
  });

  it("throws a ZodError when the answers are not an object of strings", () => {
    expect(() => scoreDiagnostic(null as unknown as Answers)).toThrow(ZodError);
    const id = diagnostic.questions[0]!.id;
    expect(() => scoreDiagnostic({ ...healthiest(), [id]: 0 } as unknown as Answers)).toThrow(
      ZodError,
    );
  });

  it("scores against the bank it is given", () => {
    expect(scoreWithBank(diagnostic, worst())).toEqual(scoreDiagnostic(worst()));
  });
});

describe("scoreWithBank on another bank", () => {
  it("computes round(100 × Σ weight·leak / Σ weight) per fracture", () => {
    const result = scoreWithBank(miniBank, { m1: "c", m2: "b", m3: "b", m4: "b", m5: "a" });
    expect(result).toEqual({
      version: "test-mini",
      fractures: [
        { key: "POSITIONING", score: 83 }, // (1·1 + 0.5·0.5) / 1.5
        { key: "MARKETING", score: 25 }, // 1·0.25 / 1
        { key: "MESSAGING", score: 73 }, // (0.5·1 + 1·0.6) / 1.5
        { key: "RELATIONSHIPS", score: 50 }, // 1·0.5 / 1
        { key: "SILOS", score: 8 }, // (0.5·0.25 + 1·0) / 1.5
      ],
      primary: "POSITIONING",
    });
  });

  it("names a fracture at exactly 25, and none when all are lower", () => {
    const atLine = scoreWithBank(miniBank, { m1: "a", m2: "b", m3: "a", m4: "a", m5: "a" });
    expect(scoreOf(atLine, "MARKETING")).toBe(25);
    expect(atLine.primary).toBe("MARKETING");
    const below = scoreWithBank(miniBank, { m1: "a", m2: "a", m3: "a", m4: "a", m5: "b" });
    expect(scoreOf(below, "SILOS")).toBe(20);
    expect(below.primary).toBeNull();
  });

  it("breaks a three-way tie towards the most upstream fracture", () => {
    const result = scoreWithBank(miniBank, { m1: "c", m2: "a", m3: "c", m4: "c", m5: "a" });
    expect(scoreOf(result, "POSITIONING")).toBe(100);
    expect(scoreOf(result, "MESSAGING")).toBe(100);
    expect(scoreOf(result, "RELATIONSHIPS")).toBe(100);
    expect(result.primary).toBe("POSITIONING");
  });

  it("accepts exactly that bank's questions and options", () => {
    const schema = answersSchemaFor(miniBank);
    expect(schema.parse({ m1: "a", m2: "b", m3: "c", m4: "a", m5: "b" })).toBeTruthy();
    expect(() => schema.parse(healthiest())).toThrow(ZodError);
    expect(() => scoreWithBank(miniBank, { m1: "a", m2: "a", m3: "a", m4: "a" })).toThrow(ZodError);
    expect(() => scoreWithBank(miniBank, { ...healthiest(miniBank), m6: "a" })).toThrow(ZodError);
    expect(() => scoreWithBank(miniBank, { ...healthiest(miniBank), m5: "d" })).toThrow(ZodError);
  });
});

/** Checks every claim explainResult makes by re-scoring; returns the kinds of change it saw. */
function verifyInsights(bank: DiagnosticBank, answers: Answers): Set<ChangeInsight["kind"]> {
  const result = scoreWithBank(bank, answers);
  const insights = explainResult(bank, answers, result);
  const kinds = new Set(insights.whatWouldChange.map((c) => c.kind));

  // Ranked: every fracture once, costliest first, ties upstream, led by the primary.
  expect(insights.ranked.map((f) => f.key).sort()).toEqual([...FRACTURES].sort());
  for (let i = 1; i < insights.ranked.length; i++) {
    const [a, b] = [insights.ranked[i - 1]!, insights.ranked[i]!];
    expect(
      a.score > b.score ||
        (a.score === b.score && FRACTURES.indexOf(a.key) < FRACTURES.indexOf(b.key)),
    ).toBe(true);
  }
  if (result.primary) expect(insights.ranked[0]!.key).toBe(result.primary);

  // Repair plan: exactly the fractures at 25 or more, in repair order rather than chain order.
  expect(insights.repairPlan.map((f) => f.key)).toEqual(
    REPAIR_ORDER.filter((k) => scoreOf(result, k) >= 25),
  );
  for (const f of insights.repairPlan) expect(f.score).toBe(scoreOf(result, f.key));

  // One start: the first step of the plan, explained whenever it is not the costliest fracture.
  const first = insights.repairPlan[0];
  if (!first) {
    expect(insights.startHere).toBeNull();
  } else {
    expect(insights.startHere?.key).toBe(first.key);
    const costliest = insights.ranked[0]!;
    if (costliest.key === first.key) expect(insights.startHere?.whyNotCostliest).toBeNull();
    else {
      expect(insights.startHere?.whyNotCostliest).toContain(FRACTURE_INFO[costliest.key].shortName);
      expect(insights.startHere?.whyNotCostliest).toContain(String(costliest.score));
    }
  }

  // Drivers: the primary's three biggest contributors, with the chosen answer's label.
  if (!result.primary) {
    expect(insights.drivers).toEqual([]);
  } else {
    const key = result.primary;
    const total = bank.questions.reduce((s, q) => s + (q.weights[key] ?? 0), 0);
    const contributions = bank.questions
      .map((q) => {
        const option = q.options.find((o) => o.id === answers[q.id])!;
        return Math.round((100 * (q.weights[key] ?? 0) * option.leak) / total);
      })
      .filter((p) => p > 0)
      .sort((a, b) => b - a);
    expect(insights.drivers.map((d) => d.points)).toEqual(contributions.slice(0, 3));
    for (const d of insights.drivers) {
      const q = bank.questions.find((x) => x.id === d.questionId)!;
      expect(q.weights[key]).toBeGreaterThan(0);
      expect(d.prompt).toBe(q.prompt);
      expect(d.optionId).toBe(answers[q.id]);
      expect(d.optionLabel).toBe(q.options.find((o) => o.id === answers[q.id])!.label);
    }
  }

  // The page keys its list by text, and a repeated sentence would read as a glitch.
  const texts = insights.whatWouldChange.map((c) => c.text);
  expect(new Set(texts).size).toBe(texts.length);
  for (const text of texts) expect(text.length).toBeGreaterThan(0);

  for (const c of insights.whatWouldChange) {
    switch (c.kind) {
      case "margin": {
        expect(result.primary).toBe(c.leader);
        expect(c.runnerUp).toBe(insights.ranked[1]!.key);
        expect(c.points).toBe(scoreOf(result, c.leader) - scoreOf(result, c.runnerUp));
        expect(c.text).toContain(String(c.points === 0 ? scoreOf(result, c.leader) : c.points));
        break;
      }
      case "threshold": {
        expect(result.primary).toBeNull();
        expect(c.highest).toBe(insights.ranked[0]!.key);
        expect(c.points).toBe(25 - c.score);
        break;
      }
      case "flip":
      case "emerge": {
        const q = bank.questions.find((x) => x.id === c.questionId)!;
        const from = q.options.findIndex((o) => o.id === answers[q.id]);
        const to = q.options.findIndex((o) => o.id === c.optionId);
        expect(c.fromOptionId).toBe(answers[q.id]);
        expect(c.steps).toBe(Math.abs(to - from));
        expect(c.text).toContain(q.options[to]!.label);
        // The question is quoted as what was asked, not as the target of the answer.
        expect(c.text).toContain(`asked “${q.prompt}”`);
        expect(c.text).not.toContain(`to “${q.prompt}”`);
        const rescored = scoreWithBank(bank, { ...answers, [q.id]: c.optionId });
        expect(rescored.fractures).toEqual(c.fractures);
        expect(rescored.primary).toBe(c.newPrimary);
        expect(rescored.primary).not.toBe(result.primary);
        if (c.kind === "flip") {
          // A healthier answer, and the nearest one on that question with this kind of effect.
          expect(to).toBeLessThan(from);
          expect(q.weights[result.primary!]).toBeGreaterThan(0);
          for (let i = from - 1; i > to; i--) {
            const between = scoreWithBank(bank, { ...answers, [q.id]: q.options[i]!.id });
            // A nearer option would have been the claim if it had the same kind of effect.
            if (c.newPrimary === null) expect(between.primary).not.toBeNull();
            else expect([result.primary, null]).toContain(between.primary);
          }
        } else {
          expect(result.primary).toBeNull();
          expect(to).toBeGreaterThan(from);
          expect(c.newPrimary).not.toBeNull();
          // It is called the nearest tipping point: no smaller worsening anywhere names a fracture.
          for (const other of bank.questions) {
            const at = other.options.findIndex((o) => o.id === answers[other.id]);
            for (let i = at + 1; i < other.options.length && i - at < c.steps; i++) {
              const nearer = scoreWithBank(bank, { ...answers, [other.id]: other.options[i]!.id });
              expect(nearer.primary).toBeNull();
            }
          }
        }
        break;
      }
      case "robust": {
        // No single healthier answer anywhere changes the primary; the closest leaves this lead.
        const primary = result.primary!;
        let minLead = Infinity;
        for (const q of bank.questions) {
          const from = q.options.findIndex((o) => o.id === answers[q.id]);
          for (let i = from - 1; i >= 0; i--) {
            const changed = scoreWithBank(bank, { ...answers, [q.id]: q.options[i]!.id });
            expect(changed.primary).toBe(primary);
            const others = changed.fractures.filter((f) => f.key !== primary).map((f) => f.score);
            minLead = Math.min(minLead, scoreOf(changed, primary) - Math.max(...others));
          }
        }
        expect(c.remainingLead).toBe(minLead);
        break;
      }
      case "calm": {
        // No single worse answer anywhere names a fracture; `reachable` is the highest it gets.
        expect(result.primary).toBeNull();
        let reach = 0;
        for (const q of bank.questions) {
          const from = q.options.findIndex((o) => o.id === answers[q.id]);
          for (let i = from + 1; i < q.options.length; i++) {
            const changed = scoreWithBank(bank, { ...answers, [q.id]: q.options[i]!.id });
            expect(changed.primary).toBeNull();
            reach = Math.max(reach, ...changed.fractures.map((f) => f.score));
          }
        }
        expect(c.reachable).toBe(reach);
        break;
      }
    }
  }
  return kinds;
}

describe("explainResult", () => {
  it("puts the repair plan in repair order, not chain order", () => {
    // Marketing and messaging both broken: the message system comes first in the repair plan
    // even though marketing comes first in the chain.
    const answers = answersWith(diagnostic, (q) =>
      q.weights.MARKETING === 1 || q.weights.MESSAGING === 1 ? q.options.length - 1 : 0,
    );
    const insights = explainResult(diagnostic, answers, scoreDiagnostic(answers));
    const keys = insights.repairPlan.map((f) => f.key);
    expect(keys.indexOf("MESSAGING")).toBeGreaterThanOrEqual(0);
    expect(keys.indexOf("MESSAGING")).toBeLessThan(keys.indexOf("MARKETING"));
  });

  it("starts where the repair order starts, and says why when that is not the costliest", () => {
    // The sales message is the costliest fracture, positioning is over the threshold too: the
    // first step is positioning's, with a sentence on why it comes before the bigger one.
    const answers = answersWith(diagnostic, (q) =>
      q.weights.MESSAGING === 1
        ? q.options.length - 1
        : q.weights.POSITIONING === 1
          ? Math.floor(q.options.length / 2)
          : 0,
    );
    const result = scoreDiagnostic(answers);
    expect(result.primary).toBe("MESSAGING");
    const insights = explainResult(diagnostic, answers, result);
    expect(insights.repairPlan[0]!.key).toBe("POSITIONING");
    expect(insights.startHere?.key).toBe("POSITIONING");
    expect(insights.startHere?.whyNotCostliest).toMatch(
      /^Sales message costs you most \(\d+\), but Positioning \(\d+\) comes before it/,
    );
    verifyInsights(diagnostic, answers);
  });

  it("names no reason when the costliest fracture is also the first to repair", () => {
    const answers = answersWith(diagnostic, (q) =>
      q.weights.POSITIONING === 1 ? q.options.length - 1 : 0,
    );
    const insights = explainResult(diagnostic, answers, scoreDiagnostic(answers));
    expect(insights.startHere).toEqual({ key: "POSITIONING", whyNotCostliest: null });
  });

  it("has an empty plan and no drivers when nothing leaks", () => {
    const answers = healthiest();
    const insights = explainResult(diagnostic, answers, scoreDiagnostic(answers));
    expect(insights.repairPlan).toEqual([]);
    expect(insights.drivers).toEqual([]);
    expect(insights.whatWouldChange[0]!.kind).toBe("threshold");
    verifyInsights(diagnostic, answers);
  });

  it("states the margin and a confirmed flip for a close result", () => {
    const answers = answersWith(diagnostic, () => 1);
    const result = scoreDiagnostic(answers);
    const insights = explainResult(diagnostic, answers, result);
    const margin = insights.whatWouldChange.find((c) => c.kind === "margin");
    expect(margin?.kind === "margin" && margin.points).toBe(
      insights.ranked[0]!.score - insights.ranked[1]!.score,
    );
    expect(insights.whatWouldChange.some((c) => c.kind === "flip")).toBe(true);
    verifyInsights(diagnostic, answers);
  });

  it("makes only claims that re-scoring confirms, over many random answer sets", () => {
    const random = prng(2024);
    const seen = new Set<ChangeInsight["kind"]>();
    for (let i = 0; i < 300; i++) {
      for (const kind of verifyInsights(diagnostic, randomAnswers(diagnostic, random))) {
        seen.add(kind);
      }
    }
    // Every kind of statement the current bank can produce was exercised and checked.
    for (const kind of ["margin", "threshold", "flip", "emerge", "robust"] as const) {
      expect(seen, kind).toContain(kind);
    }
  });

  it("explains results on other bank versions too", () => {
    const random = prng(9);
    const seen = new Set<ChangeInsight["kind"]>();
    for (const bank of [miniBank, flatBank]) {
      for (let i = 0; i < 100; i++) {
        for (const kind of verifyInsights(bank, randomAnswers(bank, random))) seen.add(kind);
      }
    }
    expect(seen).toContain("calm");
    const calm = explainResult(
      flatBank,
      healthiest(flatBank),
      scoreWithBank(flatBank, healthiest(flatBank)),
    );
    expect(calm.whatWouldChange.map((c) => c.kind)).toEqual(["threshold", "calm"]);
  });

  it("refuses answers or a result that do not belong to the bank", () => {
    const answers = healthiest();
    const result = scoreDiagnostic(answers);
    expect(() => explainResult(miniBank, answers, result)).toThrow(/diagnostic-v1/);
    const { [diagnostic.questions[0]!.id]: _dropped, ...incomplete } = answers;
    expect(() => explainResult(diagnostic, incomplete, result)).toThrow(ZodError);
  });
});
