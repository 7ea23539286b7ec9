import { describe, expect, it } from "vitest";
import { queryPipelineMetrics } from "@/lib/data/pipeline/query-pipeline-metrics";
import { queryStaleDeals, type StaleDealOrder } from "@/lib/data/pipeline/query-stale-deals";
import { replacePipeline } from "@/lib/data/pipeline/replace-pipeline";
import { dataAsOf, generatePipeline, staleDeals, type StaleDeal } from "@/lib/domain/pipeline";
import { createOrg } from "../support/fixtures";
import { roughen } from "../support/rough-pipeline";

const days = (d: StaleDeal) => (d.basis === "stage" ? d.daysInStage : d.ageDays);
const value: Record<StaleDealOrder["by"], (d: StaleDeal) => number | null> = {
  ratio: (d) => d.stallRatio,
  amount: (d) => d.amount,
  days,
};
const byId = (a: StaleDeal, b: StaleDeal) =>
  Buffer.compare(Buffer.from(a.opportunityId), Buffer.from(b.opportunityId));

/** The order the list promises: the column, deals without a value last, then the deal id. */
function expectedOrder(deals: StaleDeal[], { by, direction }: StaleDealOrder) {
  const sign = direction === "asc" ? 1 : -1;
  return [...deals].sort((a, b) => {
    const x = value[by](a);
    const y = value[by](b);
    if (x === null || y === null) return x === y ? byId(a, b) : x === null ? 1 : -1;
    // Floats from SQL and JS agree to far more than this; ties are exact in both.
    if (Math.abs(x - y) > 1e-9) return sign * (x - y);
    return byId(a, b);
  });
}

describe("stale deals in SQL, sorted and paged", () => {
  it("orders by amount, days and ratio either way with the deal id as tiebreak, and pages without gaps", async () => {
    const org = await createOrg("stale-order");
    // Untidy: some amounts blank and some stays untimed, so nulls and the age basis both occur.
    const data = roughen(
      generatePipeline({
        seed: 31,
        opportunities: 2500,
        from: new Date("2025-01-01T00:00:00Z"),
        until: new Date("2026-06-30T00:00:00Z"),
      }),
      31,
    );
    await replacePipeline(org.id, data);
    const metrics = await queryPipelineMetrics(org.id);
    const asOf = dataAsOf(data)!;
    const reference = staleDeals(data, asOf).deals;
    expect(reference.length).toBeGreaterThan(60);
    expect(reference.some((d) => d.amount === null)).toBe(true);
    const read = (order: StaleDealOrder, limit?: number, offset?: number) =>
      queryStaleDeals(org.id, {
        asOf,
        multiple: 2,
        stages: metrics.stages,
        medianCycleDays: metrics.deals.medianCycleDays,
        order,
        limit,
        offset,
      });

    for (const by of ["amount", "days", "ratio"] as const)
      for (const direction of ["asc", "desc"] as const) {
        const order = { by, direction };
        const all = await read(order);
        const ids = all.deals.map((d) => d.opportunityId);
        expect(ids, `${by} ${direction}`).toEqual(
          expectedOrder(reference, order).map((d) => d.opportunityId),
        );
        // Pages of 25 put together are the whole list: nothing skipped, nothing twice.
        const pages = [];
        for (let offset = 0; offset < all.total; offset += 25)
          pages.push(...(await read(order, 25, offset)).deals.map((d) => d.opportunityId));
        expect(pages, `${by} ${direction} paged`).toEqual(ids);
      }

    const second = await read({ by: "amount", direction: "desc" }, 25, 25);
    expect(second.total).toBe(reference.length);
    expect(second.deals).toHaveLength(25);
    // Largest first, and a deal without an amount never ahead of one with an amount.
    const amounts = second.deals.map((d) => d.amount ?? -Infinity);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  });
});
