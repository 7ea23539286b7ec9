import { describe, expect, it } from "vitest";
import {
  CURRENT_DIAGNOSTIC_VERSION,
  DIAGNOSTIC_BANKS,
  FRACTURES,
  FRACTURE_INFO,
  REPAIR_ORDER,
  diagnostic,
  getDiagnosticBank,
} from "../../lib/domain/diagnostic";

/** Sentences end in . ! or ? followed by a space or the end; "$4.2M" and "28%" are not ends. */
const sentences = (text: string) => text.match(/[.!?](?=\s|$)/g)?.length ?? 0;

describe.each(Object.values(DIAGNOSTIC_BANKS))("question bank $version", (bank) => {
  it("has exactly twelve questions with unique, stable ids", () => {
    expect(bank.questions).toHaveLength(12);
    expect(new Set(bank.questions.map((q) => q.id)).size).toBe(12);
    for (const q of bank.questions) expect(q.id).toMatch(/^q\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(bank.questions.map((q) => [q.id, q] as const))(
    "%s has 4–5 options from healthy to broken, short enough for a phone",
    (_id, q) => {
      expect(q.options.length).toBeGreaterThanOrEqual(4);
      expect(q.options.length).toBeLessThanOrEqual(5);
      expect(new Set(q.options.map((o) => o.id)).size).toBe(q.options.length);
      expect(new Set(q.options.map((o) => o.label)).size).toBe(q.options.length);
      const leaks = q.options.map((o) => o.leak);
      for (const leak of leaks) {
        expect(leak).toBeGreaterThanOrEqual(0);
        expect(leak).toBeLessThanOrEqual(1);
      }
      expect(leaks[0]).toBe(0);
      expect(leaks.at(-1)).toBe(1);
      // Healthiest first and strictly worsening, so every step down the list costs more.
      for (let i = 1; i < leaks.length; i++) expect(leaks[i]!).toBeGreaterThan(leaks[i - 1]!);
      expect(q.prompt.length).toBeLessThanOrEqual(140);
      for (const o of q.options) expect(o.label.length).toBeLessThanOrEqual(90);
      if (q.help !== undefined) {
        expect(sentences(q.help)).toBe(1);
        expect(q.help.length).toBeLessThanOrEqual(120);
      }
    },
  );

  it("gives each question one dominant fracture at weight 1 and at most two secondaries ≤ 0.5", () => {
    for (const q of bank.questions) {
      const entries = Object.entries(q.weights);
      for (const [key, weight] of entries) {
        expect(FRACTURES, q.id).toContain(key);
        expect(weight, q.id).toBeGreaterThan(0);
      }
      const dominant = entries.filter(([, w]) => w === 1);
      expect(dominant, q.id).toHaveLength(1);
      const secondary = entries.filter(([, w]) => w !== 1);
      expect(secondary.length, q.id).toBeLessThanOrEqual(2);
      for (const [, w] of secondary) expect(w, q.id).toBeLessThanOrEqual(0.5);
    }
  });

  it("measures every fracture with at least two questions, and leads with it on at least two", () => {
    for (const key of FRACTURES) {
      const measuring = bank.questions.filter((q) => (q.weights[key] ?? 0) > 0);
      const dominant = bank.questions.filter((q) => q.weights[key] === 1);
      expect(measuring.length, key).toBeGreaterThanOrEqual(2);
      expect(dominant.length, key).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("bank registry", () => {
  it("files every bank under its own version", () => {
    for (const [version, bank] of Object.entries(DIAGNOSTIC_BANKS))
      expect(bank.version).toBe(version);
  });

  it("serves the current bank and every published version by name", () => {
    expect(CURRENT_DIAGNOSTIC_VERSION).toBe("diagnostic-v1");
    expect(diagnostic.version).toBe(CURRENT_DIAGNOSTIC_VERSION);
    expect(getDiagnosticBank(CURRENT_DIAGNOSTIC_VERSION)).toBe(diagnostic);
    for (const bank of Object.values(DIAGNOSTIC_BANKS)) {
      expect(getDiagnosticBank(bank.version)).toBe(bank);
    }
  });

  it("refuses a version it does not know, naming it", () => {
    expect(() => getDiagnosticBank("diagnostic-v0")).toThrow(/diagnostic-v0/);
    expect(() => getDiagnosticBank("")).toThrow(Error);
  });
});

describe("fractures", () => {
  it("run in chain order and are repaired in the documented order", () => {
    expect([...FRACTURES]).toEqual([
      "POSITIONING",
      "MARKETING",
      "MESSAGING",
      "RELATIONSHIPS",
      "SILOS",
    ]);
    expect([...REPAIR_ORDER]).toEqual([
      "POSITIONING",
      "MESSAGING",
      "MARKETING",
      "RELATIONSHIPS",
      "SILOS",
    ]);
  });

  it.each(FRACTURES.map((k) => [k]))("%s has a complete description", (key) => {
    const info = FRACTURE_INFO[key];
    expect(info.name.length).toBeGreaterThan(0);
    expect(info.shortName.length).toBeGreaterThan(0);
    expect(info.shortName.length).toBeLessThan(info.name.length);
    expect(sentences(info.summary)).toBe(1);
    expect(sentences(info.explanation)).toBeGreaterThanOrEqual(2);
    expect(sentences(info.explanation)).toBeLessThanOrEqual(4);
    expect(info.firstRepairStep.length).toBeGreaterThan(40);
    expect(info.signals.length).toBeGreaterThanOrEqual(2);
    expect(info.signals.length).toBeLessThanOrEqual(3);
  });

  it("has distinct short names, since result sentences tell fractures apart by them", () => {
    const names = FRACTURES.map((k) => FRACTURE_INFO[k].shortName);
    expect(new Set(names).size).toBe(FRACTURES.length);
  });
});
