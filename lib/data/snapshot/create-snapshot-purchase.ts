import { scoped, setTenant, withTenant } from "@/lib/db";
import { CURRENT_SNAPSHOT_VERSION } from "@/lib/snapshot";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

/**
 * A Snapshot waiting for payment, and the purchase that will pay for it. The Snapshot belongs to
 * the company assessed; the purchase to the payer (the same company, or its consultancy). Both
 * are written in one transaction, switching tenant between them.
 */
export async function createSnapshotPurchase(options: {
  payerId: string;
  clientOrganizationId: string;
  actor: AuditActor;
  testMode: boolean;
}) {
  const { payerId, clientOrganizationId, actor, testMode } = options;
  return scoped({ organizationId: clientOrganizationId }, async (tx) => {
    const snapshot = await tx.snapshot.create({
      data: {
        organizationId: clientOrganizationId,
        purchasedByOrganizationId: payerId,
        bankVersion: CURRENT_SNAPSHOT_VERSION,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await setTenant(tx, payerId);
    const purchase = await tx.snapshotPurchase.create({
      data: {
        organizationId: payerId,
        clientOrganizationId,
        snapshotId: snapshot.id,
        createdById: actor.userId,
        testMode,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      organizationId: payerId,
      actor,
      action: "snapshot.checkout_started",
      targetType: "purchase",
      targetId: purchase.id,
      details: { clientOrganizationId, snapshotId: snapshot.id, testMode },
    });
    return { purchaseId: purchase.id, snapshotId: snapshot.id };
  });
}

/** Remember the Checkout Session Stripe (or the local test checkout) created for a purchase. */
export async function setCheckoutSession(payerId: string, purchaseId: string, sessionId: string) {
  await withTenant(payerId, (tx) =>
    tx.snapshotPurchase.update({
      where: { organizationId_id: { organizationId: payerId, id: purchaseId } },
      data: { checkoutSessionId: sessionId },
      select: { id: true },
    }),
  );
}

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
