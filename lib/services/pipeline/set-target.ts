import type { OrgContext } from "@/lib/auth/guard";
import { setRevenueTarget } from "@/lib/data/pipeline/set-revenue-target";

/** Set or replace the revenue target of a period. */
export function setTarget(
  ctx: OrgContext,
  target: { periodStart: Date; periodEnd: Date; amount: number },
) {
  return setRevenueTarget(ctx.organization.id, target);
}
