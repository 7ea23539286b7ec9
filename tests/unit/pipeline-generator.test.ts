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

  it("hold the requested number of deals, each with a dated path in order", () => {
    expect(data.opportunities).toHaveLength(3000);
    const byOpp = new Map<string, typeof data.events>();
    for (const e of data.events)
      byOpp.set(e.opportunityId, [...(byOpp.get(e.opportunityId) ?? []), e]);
    const kind = new Map(data.stages.map((s) => [s.key, s.kind]));
    for (const o of data.opportunities) {
      const history = [...(byOpp.get(o.id) ?? [])].sort((a, b) => a.seq - b.seq);
      expect(history.length).toBeGreaterThan(0);
      // Positions 0, 1, 2… with every entry dated, in date order, the first at the creation.
      expect(history.map((e) => e.seq)).toEqual(history.map((_, i) => i));
      const times = history.map((e) => e.enteredAt!.getTime());
      expect(times[0]).toBe(o.createdAt!.getTime());
      for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1]!);
      if (o.status === "open") {
        expect(o.closedAt).toBeNull();
        expect(kind.get(history.at(-1)!.stage)).toBe("open");
      } else {
        // The generator now ends a closed deal's path with its won or lost entry at its close.
        expect(history.at(-1)).toMatchObject({ stage: o.status, enteredAt: o.closedAt });
        expect(history.slice(0, -1).every((e) => kind.get(e.stage) === "open")).toBe(true);
      }
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
    // Every stay is dated, so every open deal is judged and some are parked.
    const stale = staleDeals(data, options.until);
    expect(stale.deals.length).toBeGreaterThan(0);
    expect(stale.unjudged).toBe(0);
  });
});
