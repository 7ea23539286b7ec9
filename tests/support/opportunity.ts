import type { Opportunity } from "../../lib/domain/pipeline";

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
