import { withTenant } from "@/lib/db";
import type { Role } from "@/lib/domain/organization/permissions";
import { AppError } from "@/lib/errors";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

/**
 * A pending invitation for `email`. An earlier pending one to the same address is revoked, so
 * only the newest link works. Someone already in the organization cannot be invited again.
 */
export async function createInvitation(options: {
  organizationId: string;
  email: string;
  role: Role;
  tokenHash: string;
  expiresAt: Date;
  actor: AuditActor;
}) {
  const { organizationId, email, role, tokenHash, expiresAt, actor } = options;
  return withTenant(organizationId, async (tx) => {
    const existing = await tx.membership.findFirst({
      where: { organizationId, user: { email: { equals: email, mode: "insensitive" } } },
      select: { userId: true },
    });
    if (existing) throw new AppError("CONFLICT", `${email} is already a member.`);
    const now = new Date();
    await tx.invitation.updateMany({
      where: { organizationId, email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const invitation = await tx.invitation.create({
      data: { organizationId, email, role, tokenHash, expiresAt, invitedById: actor.userId },
      select: { id: true, organization: { select: { name: true } } },
    });
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: "member.invited",
      targetType: "invitation",
      targetId: invitation.id,
      details: { email, role },
    });
    return { id: invitation.id, organizationName: invitation.organization.name };
  });
}
