import { scoped, setTenant } from "@/lib/db";
import { CURRENT_SNAPSHOT_VERSION } from "@/lib/domain/snapshot";
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
