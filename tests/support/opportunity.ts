import type { Opportunity, StageEvent } from "../../lib/domain/pipeline";

/** An opportunity for hand-worked tests: only what the test is about needs saying. */
export function opp(
  o: Partial<Opportunity> & Pick<Opportunity, "id" | "status" | "createdAt">,
): Opportunity {
  return {
    name: o.id,
    account: null,
    owner: null,
    source: null,
    segment: null,
    amount: null,
    currency: "USD",
    closedAt: null,
    ...o,
  };
}

/**
 * Stage entries from [deal, stage, when] rows listed in each deal's path order: each entry's seq
 * is its place among its own deal's rows. `when` is null for an entry at an unknown time.
 */
export function paths(rows: readonly (readonly [string, string, Date | null])[]): StageEvent[] {
  const next = new Map<string, number>();
  return rows.map(([opportunityId, stage, enteredAt]) => {
    const seq = next.get(opportunityId) ?? 0;
    next.set(opportunityId, seq + 1);
    return { opportunityId, stage, enteredAt, seq };
  });
}
