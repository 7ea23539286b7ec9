import { scoped, setTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

/**
 * Remove a purchase whose checkout expired unpaid, and the locked Snapshot it made. Only the
 * payer may, and only while it is still expired (the row is locked against a late webhook).
 * Another organization's purchase, or one not expired, is not found.
 */
export async function removeExpiredPurchase(options: {
  payerId: string;
  snapshotId: string;
  actor: AuditActor;
}) {
  const { payerId, snapshotId, actor } = options;
  await scoped({ organizationId: payerId }, async (tx) => {
    const [purchase] = await tx.$queryRaw<
      { id: string; clientOrganizationId: string; checkoutSessionId: string | null }[]
    >`select id, "clientOrganizationId", "checkoutSessionId" from "SnapshotPurchase"
       where "organizationId" = ${payerId}::uuid and "snapshotId" = ${snapshotId}::uuid
         and status = 'EXPIRED' and "paidAt" is null
       for update`;
    if (!purchase)
      throw new AppError("NOT_FOUND", "No expired checkout was found for that Snapshot.");
    await tx.snapshotPurchase.delete({
      where: { organizationId_id: { organizationId: payerId, id: purchase.id } },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      organizationId: payerId,
      actor,
      action: "snapshot.expired_purchase_removed",
      targetType: "purchase",
      targetId: purchase.id,
      details: {
        snapshotId,
        clientOrganizationId: purchase.clientOrganizationId,
        checkoutSessionId: purchase.checkoutSessionId,
      },
    });
    await setTenant(tx, purchase.clientOrganizationId);
    await tx.snapshot.deleteMany({
      where: { organizationId: purchase.clientOrganizationId, id: snapshotId, unlocked: false },
    });
  });
}
