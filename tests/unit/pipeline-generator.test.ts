import { describe, expect, it } from "vitest";
import { dealMetrics, generatePipeline, stageMetrics, staleDeals } from "../../lib/domain/pipeline";

const options = {
  seed: 7,
  opportunities: 3000,
  from: new Date("2025-01-01T00:00:00Z"),
  until: new Date("2026-06-30T00:00:00Z"),
};

describe("generated pipelines", () => {
  const data = generatePipeline(options);

  it("are the same for the same seed and differ for another", () => {
    expect(generatePipeline(options)).toEqual(data);
    expect(generatePipeline({ ...options, seed: 8 }).opportunities[0]).not.toEqual(
      data.opportunities[0],
    );
  });

  it("hold the requested number of deals, each with an ordered stage history", () => {
    expect(data.opportunities).toHaveLength(3000);
    const byOpp = new Map<string, typeof data.events>();
    for (const e of data.events)
      byOpp.set(e.opportunityId, [...(byOpp.get(e.opportunityId) ?? []), e]);
    for (const o of data.opportunities) {
      const history = byOpp.get(o.id) ?? [];
      expect(history.length).toBeGreaterThan(0);
      expect(history[0]!.enteredAt.getTime()).toBe(o.createdAt.getTime());
      for (let i = 1; i < history.length; i++)
        expect(history[i]!.enteredAt >= history[i - 1]!.enteredAt).toBe(true);
      if (o.status === "open") expect(o.closedAt).toBeNull();
      else
        expect(o.closedAt!.getTime()).toBeGreaterThanOrEqual(history.at(-1)!.enteredAt.getTime());
      expect(o.amount).toBeGreaterThan(0);
    }
  });

  it("look like a real pipeline: a leaky MQL→SQL step, plausible win rate, some parked deals", () => {
    const deals = dealMetrics(data);
    expect(deals.winRate).toBeGreaterThan(0.1);
    expect(deals.winRate).toBeLessThan(0.6);
    expect(deals.qualifiedCount).toBeGreaterThan(0);
    const mql = stageMetrics(data).find((s) => s.key === "mql")!;
    expect(mql.conversionRate).toBeLessThan(0.6);
    expect(staleDeals(data, options.until).length).toBeGreaterThan(0);
  });
});
