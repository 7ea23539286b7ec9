import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

export async function revokeInvitation(
  organizationId: string,
  invitationId: string,
  actor: AuditActor,
) {
  await withTenant(organizationId, async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, organizationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0)
      throw new AppError("NOT_FOUND", "That invitation was not found or is no longer pending.");
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: "invitation.revoked",
      targetType: "invitation",
      targetId: invitationId,
    });
  });
}
