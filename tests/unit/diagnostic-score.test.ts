import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import {
  FRACTURES,
  REPAIR_ORDER,
  diagnostic,
  explainResult,
  scoreDiagnostic,
  scoreWithBank,
  type FractureKey,
} from "../../lib/diagnostic";

const questions = diagnostic.questions;

function answersWith(pick: (q: (typeof questions)[number]) => number): Record<string, string> {
  return Object.fromEntries(questions.map((q) => [q.id, q.options[pick(q)]!.id]));
}
const healthiest = () => answersWith(() => 0);
const worst = () => answersWith((q) => q.options.length - 1);

/** The questions on which `key` carries the question's largest weight. */
function dominatedBy(key: FractureKey) {
  return questions.filter((q) => q.weights[key] === Math.max(...Object.values(q.weights)));
}

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
    "names %s as primary when only its own questions get the worst answer",
    (key) => {
      const dominant = new Set(dominatedBy(key).map((q) => q.id));
      expect(dominant.size).toBeGreaterThanOrEqual(2);
      const answers = answersWith((q) => (dominant.has(q.id) ? q.options.length - 1 : 0));
      expect(scoreDiagnostic(answers).primary).toBe(key);
    },
  );

  it("gives the same result for the same answers, whatever their order", () => {
    const answers = answersWith((q) => q.options.length - 2);
    const shuffled = Object.fromEntries(Object.entries(answers).reverse());
    expect(scoreDiagnostic(shuffled)).toEqual(scoreDiagnostic(answers));
    expect(scoreDiagnostic(answers)).toEqual(scoreDiagnostic(answers));
  });

  it("breaks ties upstream, towards the earlier fracture in the chain", () => {
    // Find a random answer set with a tie at the top and check the winner is the upstream one.
    const random = prng(7);
    let checked = 0;
    for (let i = 0; i < 20_000 && checked < 5; i++) {
      const result = scoreDiagnostic(answersWith((q) => Math.floor(random() * q.options.length)));
      const top = Math.max(...result.fractures.map((f) => f.score));
      const leaders = result.fractures.filter((f) => f.score === top);
      if (leaders.length < 2 || top < 25) continue;
      expect(result.primary).toBe(leaders[0]!.key);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("holds its invariants over a thousand random answer sets", () => {
    const random = prng(42);
    for (let i = 0; i < 1000; i++) {
      const result = scoreDiagnostic(answersWith((q) => Math.floor(random() * q.options.length)));
      const scores = result.fractures.map((f) => f.score);
      for (const s of scores) {
        expect(Number.isInteger(s)).toBe(true);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(100);
      }
      const top = Math.max(...scores);
      if (top < 25) {
        expect(result.primary).toBeNull();
      } else {
        const first = result.fractures.find((f) => f.score === top)!;
        expect(result.primary).toBe(first.key);
      }
    }
  });

  it("rises when a single answer gets worse (never rewards a worse answer)", () => {
    const base = scoreDiagnostic(healthiest());
    for (const q of questions) {
      const changed = scoreDiagnostic({ ...healthiest(), [q.id]: q.options.at(-1)!.id });
      for (const key of Object.keys(q.weights) as FractureKey[]) {
        const before = base.fractures.find((f) => f.key === key)!.score;
        const after = changed.fractures.find((f) => f.key === key)!.score;
        expect(after, `${q.id} → ${key}`).toBeGreaterThan(before);
      }
    }
  });

  it("throws a ZodError for incomplete answers", () => {
    const answers = healthiest();
    delete answers[questions[4]!.id];
    expect(() => scoreDiagnostic(answers)).toThrow(ZodError);
  });

  it("throws a ZodError for an unknown question", () => {
    expect(() => scoreDiagnostic({ ...healthiest(), "q13-invented": "a" })).toThrow(ZodError);
  });

  it("throws a ZodError for an unknown option, naming the question", () => {
    const id = questions[2]!.id;
    try {
      scoreDiagnostic({ ...healthiest(), [id]: "z" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ZodError);
      expect((error as ZodError).issues[0]!.path).toEqual([id]);
    }
  });

  it("scores against the bank it is given", () => {
    expect(scoreWithBank(diagnostic, worst())).toEqual(scoreDiagnostic(worst()));
  });
});

describe("explainResult", () => {
  const mixed = answersWith((q) => (q.weights.MESSAGING === 1 ? q.options.length - 1 : 1));
  const result = scoreDiagnostic(mixed);
  const insights = explainResult(diagnostic, mixed, result);

  it("lists what needs repair in the repair order, not the chain order", () => {
    const keys = insights.repairPlan.map((f) => f.key);
    expect(keys).toEqual(REPAIR_ORDER.filter((k) => keys.includes(k)));
    for (const f of insights.repairPlan) expect(f.score).toBeGreaterThanOrEqual(25);
    expect(keys).toContain(result.primary);
  });

  it("ranks fractures from costliest down", () => {
    const scores = insights.ranked.map((f) => f.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(insights.ranked[0]!.key).toBe(result.primary);
  });

  it("names the answers that drove the primary fracture, biggest first", () => {
    expect(insights.drivers.length).toBeGreaterThan(0);
    for (const d of insights.drivers) {
      const q = questions.find((x) => x.id === d.questionId)!;
      expect(q.weights[result.primary!]).toBeGreaterThan(0);
      expect(d.optionLabel).toBe(q.options.find((o) => o.id === mixed[q.id])!.label);
    }
    const points = insights.drivers.map((d) => d.points);
    expect([...points].sort((a, b) => b - a)).toEqual(points);
  });

  it("only claims changes that re-scoring confirms", () => {
    const margin = insights.whatWouldChange.find((c) => c.kind === "margin");
    expect(margin).toBeDefined();
    const claims = insights.whatWouldChange.filter((c) => c.kind === "flip" || c.kind === "emerge");
    for (const c of claims) {
      if (c.kind !== "flip" && c.kind !== "emerge") continue;
      const rescored = scoreDiagnostic({ ...mixed, [c.questionId]: c.optionId });
      expect(rescored.primary).toBe(c.newPrimary);
      expect(rescored.primary).not.toBe(result.primary);
    }
  });

  it("states the margin between the primary and the runner-up correctly", () => {
    const margin = insights.whatWouldChange.find((c) => c.kind === "margin");
    if (margin?.kind !== "margin") throw new Error("no margin insight");
    const sorted = [...result.fractures].sort((a, b) => b.score - a.score);
    expect(margin.points).toBe(sorted[0]!.score - sorted[1]!.score);
  });

  it("says what would make a fracture appear when none is named", () => {
    const calm = healthiest();
    const calmResult = scoreDiagnostic(calm);
    const calmInsights = explainResult(diagnostic, calm, calmResult);
    expect(calmInsights.repairPlan).toEqual([]);
    expect(calmInsights.drivers).toEqual([]);
    for (const c of calmInsights.whatWouldChange) {
      if (c.kind !== "emerge") continue;
      expect(scoreDiagnostic({ ...calm, [c.questionId]: c.optionId }).primary).toBe(c.newPrimary);
    }
  });
});
