import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { FRACTURES } from "../../lib/domain/diagnostic";
import {
  CURRENT_SNAPSHOT_VERSION,
  SNAPSHOT_BANKS,
  getSnapshotBank,
  responseSchemaFor,
  snapshot,
  type SnapshotBank,
} from "../../lib/domain/snapshot";

/** Sentences end in . ! or ? followed by a space or the end; "$4.2M" and "28%" are not ends. */
const sentences = (text: string) => text.match(/[.!?](?=\s|$)/g)?.length ?? 0;

const healthiest = (bank: SnapshotBank) =>
  Object.fromEntries(bank.questions.map((q) => [q.id, q.options[0]!.id]));

/** The questions whose wording covers a subject, so a rewording that drops one fails here. */
const mentioning = (bank: SnapshotBank, pattern: RegExp) =>
  bank.questions.filter((q) =>
    pattern.test(`${q.prompt} ${q.options.map((o) => o.label).join(" ")}`),
  );

describe.each(Object.values(SNAPSHOT_BANKS))("question bank $version", (bank) => {
  it("has five sections, one per fracture, of eight questions each, with unique ids", () => {
    for (const key of FRACTURES) {
      expect(
        bank.questions.filter((q) => q.fracture === key),
        key,
      ).toHaveLength(8);
    }
    expect(bank.questions).toHaveLength(40);
    expect(new Set(bank.questions.map((q) => q.id)).size).toBe(40);
    for (const q of bank.questions)
      expect(q.id).toMatch(/^(pos|mkt|msg|rel|sil)-[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("keeps each section together, in chain order, so the form reads one fracture at a time", () => {
    const sections = bank.questions.map((q) => q.fracture).filter((k, i, all) => k !== all[i - 1]);
    expect(sections).toEqual([...FRACTURES]);
  });

  it.each(bank.questions.map((q) => [q.id, q] as const))(
    "%s has four options from healthy to broken and asks for evidence",
    (_id, q) => {
      expect(q.options).toHaveLength(4);
      expect(new Set(q.options.map((o) => o.id)).size).toBe(4);
      expect(new Set(q.options.map((o) => o.label)).size).toBe(4);
      const leaks = q.options.map((o) => o.leak);
      expect(leaks[0]).toBe(0);
      expect(leaks.at(-1)).toBe(1);
      for (let i = 1; i < leaks.length; i++) expect(leaks[i]!).toBeGreaterThan(leaks[i - 1]!);
      expect(q.prompt.length).toBeLessThanOrEqual(140);
      for (const o of q.options) expect(o.label.length).toBeLessThanOrEqual(90);
      if (q.help !== undefined) expect(sentences(q.help)).toBe(1);
      expect(q.evidencePrompt.trim().length).toBeGreaterThan(10);
      expect(q.evidencePrompt.length).toBeLessThanOrEqual(100);
    },
  );

  it("weighs each question 1 on its own section and at most 0.5 on up to two others", () => {
    for (const q of bank.questions) {
      expect(q.weights[q.fracture], q.id).toBe(1);
      const others = Object.entries(q.weights).filter(([key]) => key !== q.fracture);
      expect(others.length, q.id).toBeLessThanOrEqual(2);
      for (const [key, weight] of others) {
        expect(FRACTURES, q.id).toContain(key);
        expect(weight, q.id).toBeGreaterThan(0);
        expect(weight, q.id).toBeLessThanOrEqual(0.5);
      }
    }
  });

  it("covers all four parts of the handoff protocol in the marketing and silos sections", () => {
    const handoff = bank.questions.filter((q) => q.topics?.includes("handoff"));
    for (const q of handoff) expect(["MARKETING", "SILOS"]).toContain(q.fracture);
    // What must be known before a lead passes; what sales must do and by when; what happens on
    // rejection; how rejected leads are recycled.
    expect(mentioning(bank, /before marketing may pass/i).length).toBeGreaterThan(0);
    expect(mentioning(bank, /within how many hours/i).length).toBeGreaterThan(0);
    expect(mentioning(bank, /turns a lead down/i).length).toBeGreaterThan(0);
    expect(mentioning(bank, /nurture/i).length).toBeGreaterThan(0);
    expect(handoff.length).toBeGreaterThanOrEqual(4);
  });

  it("asks for a written, signed qualified-opportunity standard, its tests and its thresholds", () => {
    const definition = bank.questions.filter((q) => q.topics?.includes("qualified-definition"));
    expect(definition.length).toBeGreaterThanOrEqual(3);
    for (const q of definition) expect(["MARKETING", "SILOS"]).toContain(q.fracture);
    expect(mentioning(bank, /signed by both/i).length).toBeGreaterThan(0);
    expect(mentioning(bank, /budget.*authority.*problem.*timeline/i).length).toBeGreaterThan(0);
    expect(mentioning(bank, /thresholds per segment/i).length).toBeGreaterThan(0);
  });
});

describe("bank registry", () => {
  it("serves the current bank and refuses an unknown version by name", () => {
    expect(CURRENT_SNAPSHOT_VERSION).toBe("snapshot-v1");
    expect(snapshot.version).toBe(CURRENT_SNAPSHOT_VERSION);
    expect(getSnapshotBank("snapshot-v1")).toBe(snapshot);
    for (const [version, bank] of Object.entries(SNAPSHOT_BANKS))
      expect(bank.version).toBe(version);
    expect(() => getSnapshotBank("snapshot-v0")).toThrow(/snapshot-v0/);
  });
});

describe("one respondent's response", () => {
  const schema = responseSchemaFor(snapshot);
  const answers = healthiest(snapshot);
  const first = snapshot.questions[0]!.id;

  it("accepts every question answered, and trims evidence notes, dropping empty ones", () => {
    const parsed = schema.parse({
      answers,
      evidence: { [first]: "  Board pack, March, slide 4  ", "sil-joint-review": "   " },
    });
    expect(parsed.answers).toEqual(answers);
    expect(parsed.evidence).toEqual({ [first]: "Board pack, March, slide 4" });
    expect(schema.parse({ answers }).evidence).toEqual({});
  });

  it("rejects a missing, an unknown or an extra answer, naming the question", () => {
    const { [first]: _dropped, ...missing } = answers;
    const cases = [
      { input: { answers: missing }, path: ["answers", first], message: /not been answered/ },
      {
        input: { answers: { ...answers, [first]: "z" } },
        path: ["answers", first],
        message: /not one of the options/,
      },
      {
        input: { answers: { ...answers, "q99-extra": "a" } },
        path: ["answers"],
        message: /q99-extra/,
      },
    ];
    for (const c of cases) {
      const result = schema.safeParse(c.input);
      expect(result.success).toBe(false);
      const issue = (result.error as ZodError).issues[0]!;
      expect(issue.path).toEqual(c.path);
      expect(issue.message).toMatch(c.message);
    }
  });

  it("rejects an evidence note over 1000 characters or for a question not in the bank", () => {
    expect(schema.safeParse({ answers, evidence: { [first]: "x".repeat(1000) } }).success).toBe(
      true,
    );
    const long = schema.safeParse({ answers, evidence: { [first]: "x".repeat(1001) } });
    expect(long.success).toBe(false);
    expect(long.error!.issues[0]!.path).toEqual(["evidence", first]);
    expect(schema.safeParse({ answers, evidence: { nope: "a note" } }).success).toBe(false);
  });
});
