import { scoped, setTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

/**
 * Turn a pending invitation into a membership for the signed-in user, whose address must be the
 * one invited. Returns the organization's slug.
 */
export async function acceptInvitation(
  tokenHash: string,
  actor: AuditActor,
): Promise<{ slug: string }> {
  return scoped({ accessToken: tokenHash }, async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash },
      select: {
        id: true,
        email: true,
        role: true,
        expiresAt: true,
        acceptedAt: true,
        revokedAt: true,
        organizationId: true,
        organization: { select: { slug: true } },
      },
    });
    if (!invitation || invitation.revokedAt) {
      throw new AppError("NOT_FOUND", "This invitation does not exist or was withdrawn.");
    }
    if (invitation.acceptedAt)
      throw new AppError("CONFLICT", "This invitation was already accepted.");
    if (invitation.expiresAt <= new Date()) {
      throw new AppError("CONFLICT", "This invitation has expired. Ask for a new one.");
    }
    if (invitation.email.toLowerCase() !== actor.email.toLowerCase()) {
      throw new AppError(
        "FORBIDDEN",
        `This invitation is for ${invitation.email}. Sign in with that address.`,
      );
    }
    await setTenant(tx, invitation.organizationId);
    await tx.membership.upsert({
      where: {
        organizationId_userId: { organizationId: invitation.organizationId, userId: actor.userId },
      },
      update: {},
      create: {
        organizationId: invitation.organizationId,
        userId: actor.userId,
        role: invitation.role,
      },
    });
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } });
    await recordAuditEvent(tx, {
      organizationId: invitation.organizationId,
      actor,
      action: "invitation.accepted",
      targetType: "invitation",
      targetId: invitation.id,
      details: { role: invitation.role },
    });
    return { slug: invitation.organization.slug };
  });
}
