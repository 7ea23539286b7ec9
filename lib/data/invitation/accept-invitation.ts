import { scoped, setTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { invitationProblem } from "@/lib/domain/organization/invitation-problem";
import { INVITATION_SELECT } from "./get-invitation-by-token-hash";
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
      select: INVITATION_SELECT,
    });
    const problem = invitationProblem(invitation, actor.email);
    if (problem) throw new AppError(problem.code, problem.message);
    if (!invitation)
      throw new AppError("NOT_FOUND", "This invitation does not exist or was withdrawn.");
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
