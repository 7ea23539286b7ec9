import { purchaseStatus, type PaymentEvent } from "@/lib/domain/billing/purchase-status";
import { scoped, setTenant } from "@/lib/db";
import { recordAuditEvent } from "../audit/record-audit-event";

/**
 * Apply one verified Stripe event, in one transaction: record its id (a second delivery, even a
 * concurrent one, stops there), merge its facts into the purchase under a row lock, derive the
 * status, and open or lock the Snapshot to match. Only this function writes payment state.
 */
export async function applyPaymentEvent(
  event: PaymentEvent,
): Promise<"applied" | "duplicate" | "unmatched"> {
  return scoped({}, async (tx) => {
    const recorded = await tx.$queryRaw<{ id: string }[]>`
      insert into "StripeEvent" (id, type, "createdAt") values (${event.id}, ${event.type}, ${event.createdAt})
      on conflict (id) do nothing returning id`;
    if (recorded.length === 0) return "duplicate";
    if (!event.purchase) return "unmatched";

    const { organizationId, purchaseId } = event.purchase;
    await setTenant(tx, organizationId);
    const [purchase] = await tx.$queryRaw<
      {
        snapshotId: string;
        clientOrganizationId: string;
        paidAt: Date | null;
        refundedAt: Date | null;
        failedAt: Date | null;
        expiredAt: Date | null;
      }[]
    >`select "snapshotId", "clientOrganizationId", "paidAt", "refundedAt", "failedAt", "expiredAt"
        from "SnapshotPurchase" where "organizationId" = ${organizationId}::uuid and id = ${purchaseId}::uuid
       for update`;
    if (!purchase) return "unmatched";

    const f = event.facts;
    const earliest = (a: Date | null, b: Date | undefined) =>
      a && (!b || a <= b) ? a : (b ?? null);
    const seen = {
      paidAt: earliest(purchase.paidAt, f.paidAt),
      refundedAt: earliest(purchase.refundedAt, f.refundedAt),
      failedAt: earliest(purchase.failedAt, f.failedAt),
      expiredAt: earliest(purchase.expiredAt, f.expiredAt),
    };
    const status = purchaseStatus(seen);
    await tx.snapshotPurchase.update({
      where: { organizationId_id: { organizationId, id: purchaseId } },
      data: {
        ...seen,
        status,
        ...(f.paymentIntentId ? { paymentIntentId: f.paymentIntentId } : {}),
        ...(f.amountTotal != null ? { amountTotal: f.amountTotal } : {}),
        ...(f.currency ? { currency: f.currency } : {}),
        ...(f.receiptUrl ? { receiptUrl: f.receiptUrl } : {}),
      },
      select: { id: true },
    });

    await setTenant(tx, purchase.clientOrganizationId);
    const unlocked = status === "PAID";
    const before = await tx.snapshot.findFirst({
      where: { organizationId: purchase.clientOrganizationId, id: purchase.snapshotId },
      select: { unlocked: true },
    });
    await tx.snapshot.updateMany({
      where: { organizationId: purchase.clientOrganizationId, id: purchase.snapshotId },
      data: { unlocked, paymentStatus: status },
    });
    if (before && before.unlocked !== unlocked) {
      await recordAuditEvent(tx, {
        organizationId: purchase.clientOrganizationId,
        actor: null,
        action: unlocked ? "snapshot.unlocked" : "snapshot.locked",
        targetType: "snapshot",
        targetId: purchase.snapshotId,
        details: { purchaseId, stripeEvent: event.id, status },
      });
    }
    return "applied";
  });
}
