import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** One deal by its CRM id, with its stage history in path order. */
export async function getDeal(organizationId: string, externalId: string) {
  const deal = await withTenant(organizationId, (tx) =>
    tx.opportunity.findUnique({
      where: { organizationId_externalId: { organizationId, externalId } },
      select: {
        externalId: true,
        name: true,
        account: true,
        owner: true,
        source: true,
        segment: true,
        amount: true,
        currency: true,
        openedAt: true,
        closedAt: true,
        status: true,
        stageKey: true,
        stageEnteredAt: true,
        stageEvents: {
          select: { seq: true, stageKey: true, enteredAt: true, estimated: true, back: true },
          orderBy: { seq: "asc" },
        },
      },
    }),
  );
  if (!deal) throw new AppError("NOT_FOUND", "That deal was not found.");
  return { ...deal, amount: deal.amount === null ? null : Number(deal.amount) };
}
