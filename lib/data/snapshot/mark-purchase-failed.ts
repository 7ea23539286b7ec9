import { withTenant } from "@/lib/db";

/** A purchase whose checkout could not be started: it will never be paid. */
export async function markPurchaseFailed(payerId: string, purchaseId: string) {
  await withTenant(payerId, (tx) =>
    tx.snapshotPurchase.update({
      where: { organizationId_id: { organizationId: payerId, id: purchaseId } },
      data: { status: "FAILED", failedAt: new Date() },
      select: { id: true },
    }),
  );
}
