import { describe, expect, it } from "vitest";
import { replacePipeline } from "@/lib/data/pipeline/replace-pipeline";
import { setRevenueTarget } from "@/lib/data/pipeline/set-revenue-target";
import { generatePipeline } from "@/lib/domain/pipeline";
import {
  handoffAnswers,
  handoffCompliance,
  medianAnswerHours,
  scoreboardFigures,
  type ScoreboardFigures,
} from "@/lib/domain/scoreboard";
import { currentScoreboardFigures } from "@/lib/services/scoreboard/current-figures";
import { queryScoreboardExtras } from "@/lib/data/scoreboard/query-scoreboard-extras";
import { createOrg } from "../support/fixtures";

const DAY = 86_400_000;

function expectSameFigures(actual: ScoreboardFigures, expected: ScoreboardFigures) {
  for (const key of Object.keys(expected) as (keyof ScoreboardFigures)[]) {
    const e = expected[key];
    const a = actual[key];
    if (typeof e === "number") expect(a, key).toBeCloseTo(e, 6);
    else expect(a, key).toEqual(e);
  }
}

describe("scoreboard figures in SQL", () => {
  it.each([7, 23])(
    "match the reference implementation on a generated pipeline (seed %i)",
    async (seed) => {
      const org = await createOrg(`scoreboard-${seed}`);
      const asOf = new Date("2026-06-30T00:00:00Z");
      const data = generatePipeline({
        seed,
        opportunities: 1200,
        from: new Date("2025-01-01T00:00:00Z"),
        until: asOf,
      });
      await replacePipeline(org.id, data);
      await setRevenueTarget(org.id, {
        periodStart: new Date("2026-04-01"),
        periodEnd: new Date("2026-06-30"),
        amount: 9_000_000,
      });
      const { figures } = await currentScoreboardFigures(org.id, { asOf, responseHours: 240 });
      const reference = scoreboardFigures(data, {
        asOf,
        revenueTarget: 9_000_000,
        responseHours: 240,
      });
      expectSameFigures(figures, reference);
      // The figures are not trivial: the comparison would catch a wrong definition.
      expect(figures.sqlToWon).not.toBeNull();
      expect(figures.sqlToWon).not.toBeCloseTo(figures.winRate!, 3);
      expect(figures.handoffCompliance).toBeGreaterThan(0);
      expect(figures.handoffCompliance).toBeLessThan(1);
    },
  );

  it("counts handoffs inside the window only, and each answer against the promised hours", async () => {
    const org = await createOrg("scoreboard-handoff");
    const asOf = new Date("2026-06-30T00:00:00Z");
    const data = generatePipeline({
      seed: 5,
      opportunities: 600,
      from: new Date("2025-06-01T00:00:00Z"),
      until: asOf,
    });
    await replacePipeline(org.id, data);
    for (const hours of [24, 24 * 30]) {
      const sql = await queryScoreboardExtras(org.id, { asOf, responseHours: hours });
      const options = { responseHours: hours, asOf, from: new Date(asOf.getTime() - 91 * DAY) };
      const ref = handoffCompliance(data, options);
      const wait = medianAnswerHours(handoffAnswers(data, options));
      expect(sql.handoff).toEqual({
        considered: ref.considered,
        inTime: ref.acceptedInTime + ref.rejectedInTime,
        compliance: ref.compliance,
        medianAnswerHours: wait === null ? null : expect.closeTo(wait, 6),
      });
    }
    // Without a signed standard there are no promised hours, so nothing to measure.
    expect((await queryScoreboardExtras(org.id, { asOf, responseHours: null })).handoff).toBeNull();
  });
});
