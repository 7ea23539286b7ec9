import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { FRACTURES, type FractureKey } from "../../lib/domain/diagnostic";
import {
  combineScores,
  perceptionGaps,
  scoreRespondent,
  snapshot,
  type RespondentRole,
  type SnapshotRespondent,
} from "../../lib/domain/snapshot";

/** Answers with every question healthy except the listed sections, answered at their worst. */
function respondent(role: RespondentRole, broken: FractureKey[] = []): SnapshotRespondent {
  return {
    role,
    answers: Object.fromEntries(
      snapshot.questions.map((q) => [
        q.id,
        broken.includes(q.fracture) ? q.options.at(-1)!.id : q.options[0]!.id,
      ]),
    ),
  };
}

const scoreOf = (fractures: { key: FractureKey; score: number }[], key: FractureKey) =>
  fractures.find((f) => f.key === key)!.score;

describe("scoring one respondent", () => {
  it("scores every fracture 0 and names none when every answer is healthy", () => {
    const result = scoreRespondent(snapshot, respondent("CEO"));
    expect(result.fractures.map((f) => f.key)).toEqual([...FRACTURES]);
    for (const f of result.fractures) expect(f.score).toBe(0);
    expect(result.primary).toBeNull();
  });

  it("scores every fracture 100 when every answer is broken, naming the upstream one on the tie", () => {
    const result = scoreRespondent(snapshot, respondent("SALES", [...FRACTURES]));
    for (const f of result.fractures) expect(f.score).toBe(100);
    expect(result.primary).toBe("POSITIONING");
  });

  it("names the one broken section, which outscores the fractures it only touches", () => {
    const result = scoreRespondent(snapshot, respondent("CEO", ["MESSAGING"]));
    // Eight questions at weight 1, against 1.2 more weight of healthy answers from other sections
    // that also touch the message: 8 / 9.2.
    expect(scoreOf(result.fractures, "MESSAGING")).toBe(87);
    expect(scoreOf(result.fractures, "POSITIONING")).toBeGreaterThan(0);
    expect(scoreOf(result.fractures, "POSITIONING")).toBeLessThan(25);
    expect(scoreOf(result.fractures, "RELATIONSHIPS")).toBe(0);
    expect(result.primary).toBe("MESSAGING");
  });

  it("refuses an incomplete response rather than scoring part of it", () => {
    const { answers } = respondent("CEO");
    const { [snapshot.questions[5]!.id]: _dropped, ...partial } = answers;
    expect(() => scoreRespondent(snapshot, { role: "CEO", answers: partial })).toThrow(ZodError);
  });
});

describe("combining respondents", () => {
  it("averages each fracture over every respondent and ranks costliest first", () => {
    const combined = combineScores([
      scoreRespondent(snapshot, respondent("CEO")),
      scoreRespondent(snapshot, respondent("SALES", [...FRACTURES])),
      scoreRespondent(snapshot, respondent("MARKETING", ["SILOS"])),
    ]);
    expect(combined.respondents).toBe(3);
    // (0 + 100 + 76) / 3: silos answered broken by marketing scores 8 / 10.5.
    expect(scoreOf(combined.fractures, "SILOS")).toBe(59);
    expect(scoreOf(combined.fractures, "RELATIONSHIPS")).toBe(33);
    expect(combined.ranked[0]!.key).toBe("SILOS");
    expect(combined.primary).toBe("SILOS");
  });

  it("needs at least one respondent", () => {
    expect(() => combineScores([])).toThrow(/at least one respondent/);
  });
});

describe("perception gaps", () => {
  /**
   * The CEO thinks the sales message is broken; marketing sees nothing wrong; of two sales
   * leaders, one thinks the silos are broken and one does not. An operations leader (OTHER)
   * thinks everything is broken, but is not one of the roles compared.
   */
  const team = [
    respondent("CEO", ["MESSAGING"]),
    respondent("MARKETING"),
    respondent("SALES", ["SILOS"]),
    respondent("SALES"),
    respondent("OTHER", [...FRACTURES]),
  ];
  const gaps = perceptionGaps(snapshot, team);

  it("names the fracture of widest disagreement with its high and low roles", () => {
    const widest = gaps.fractures[0]!;
    expect(widest.key).toBe("MESSAGING");
    expect(widest.high).toEqual({ role: "CEO", score: 87 });
    expect(widest.low).toEqual({ role: "MARKETING", score: 0 });
    expect(widest.spread).toBe(87);
  });

  it("averages a role answered by several leaders", () => {
    const sales = gaps.roles.find((r) => r.role === "SALES")!;
    expect(sales.respondents).toBe(2);
    expect(scoreOf(sales.fractures, "SILOS")).toBe(38);
    const silos = gaps.fractures.find((g) => g.key === "SILOS")!;
    expect(silos.high).toEqual({ role: "SALES", score: 38 });
    expect(silos.spread).toBe(38);
  });

  it("leaves the OTHER role out of the comparison", () => {
    expect(gaps.roles.map((r) => r.role)).toEqual(["CEO", "MARKETING", "SALES"]);
    expect(gaps.missingRoles).toEqual([]);
  });

  it("lists the single questions of widest disagreement, with what each side answered", () => {
    expect(gaps.questions).toHaveLength(5);
    const top = gaps.questions[0]!;
    expect(top.fracture).toBe("MESSAGING");
    expect(top.spread).toBe(100);
    expect(top.high.role).toBe("CEO");
    const question = snapshot.questions.find((q) => q.id === top.questionId)!;
    expect(top.high.labels).toEqual([question.options.at(-1)!.label]);
    expect(top.low.labels).toEqual([question.options[0]!.label]);
  });

  it("flags a wide gap as evidence of silos, and a narrow one not", () => {
    expect(gaps.silos).toMatchObject({ flagged: true, gap: 87, fracture: "MESSAGING" });
    const agreeing = perceptionGaps(snapshot, [respondent("CEO"), respondent("SALES")]);
    expect(agreeing.silos.flagged).toBe(false);
    expect(agreeing.silos.gap).toBe(0);
    expect(agreeing.questions).toEqual([]);
  });

  it("compares nothing when only one leadership role answered", () => {
    const alone = perceptionGaps(snapshot, [respondent("CEO", ["SILOS"]), respondent("OTHER")]);
    expect(alone.fractures).toEqual([]);
    expect(alone.silos).toMatchObject({ flagged: false, gap: null });
    expect(alone.missingRoles).toEqual(["MARKETING", "SALES"]);
  });
});
