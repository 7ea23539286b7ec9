import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_BANKS, FRACTURES, diagnostic, getDiagnosticBank } from "../../lib/diagnostic";

describe.each(Object.values(DIAGNOSTIC_BANKS))("question bank $version", (bank) => {
  it("has exactly twelve questions with unique ids", () => {
    expect(bank.questions).toHaveLength(12);
    expect(new Set(bank.questions.map((q) => q.id)).size).toBe(12);
  });

  it.each(bank.questions.map((q) => [q.id, q] as const))(
    "%s has 4–5 concrete options from healthy to broken",
    (_id, q) => {
      expect(q.options.length).toBeGreaterThanOrEqual(4);
      expect(q.options.length).toBeLessThanOrEqual(5);
      expect(new Set(q.options.map((o) => o.id)).size).toBe(q.options.length);
      const leaks = q.options.map((o) => o.leak);
      for (const leak of leaks) expect(leak).toBeGreaterThanOrEqual(0);
      for (const leak of leaks) expect(leak).toBeLessThanOrEqual(1);
      expect(leaks[0]).toBe(0);
      expect(leaks.at(-1)).toBe(1);
      // Ordered healthiest first, so "1" on the keyboard is always the healthy answer.
      expect([...leaks].sort((a, b) => a - b)).toEqual(leaks);
      expect(q.prompt.length).toBeLessThanOrEqual(140);
      for (const o of q.options) expect(o.label.length).toBeLessThanOrEqual(90);
    },
  );

  it("weights only the five fractures, with positive weights and one dominant fracture per question", () => {
    for (const q of bank.questions) {
      const entries = Object.entries(q.weights);
      expect(entries.length).toBeGreaterThan(0);
      for (const [key, weight] of entries) {
        expect(FRACTURES).toContain(key);
        expect(weight).toBeGreaterThan(0);
      }
      const max = Math.max(...entries.map(([, w]) => w));
      expect(entries.filter(([, w]) => w === max)).toHaveLength(1);
    }
  });

  it("measures every fracture with at least two questions, and leads with it on at least two", () => {
    for (const key of FRACTURES) {
      const measuring = bank.questions.filter((q) => (q.weights[key] ?? 0) > 0);
      const dominant = bank.questions.filter((q) => {
        const max = Math.max(...Object.values(q.weights));
        return q.weights[key] === max;
      });
      expect(measuring.length, key).toBeGreaterThanOrEqual(2);
      expect(dominant.length, key).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("bank registry", () => {
  it("serves the current bank and every published version by name", () => {
    expect(diagnostic.version).toBe("diagnostic-v1");
    expect(getDiagnosticBank("diagnostic-v1")).toBe(diagnostic);
  });

  it("refuses a version it does not know", () => {
    expect(() => getDiagnosticBank("diagnostic-v0")).toThrow(/Unknown diagnostic question bank/);
  });
});
