import { withTenant } from "@/lib/db";

/** Set (or replace) the revenue target of the period starting at `periodStart`. */
export async function setRevenueTarget(
  organizationId: string,
  target: { periodStart: Date; periodEnd: Date; amount: number },
) {
  await withTenant(organizationId, (tx) =>
    tx.revenueTarget.upsert({
      where: { organizationId_periodStart: { organizationId, periodStart: target.periodStart } },
      create: { organizationId, ...target },
      update: { periodEnd: target.periodEnd, amount: target.amount },
    }),
  );
}
