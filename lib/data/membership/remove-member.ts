import { withTenant } from "@/lib/db";
import type { Role } from "@/lib/domain/organization/permissions";
import { AppError } from "@/lib/errors";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";
import { lockMemberships } from "./lock-memberships";
import { ownershipRuleViolation } from "@/lib/domain/organization/ownership-rules";

/**
 * End a membership: someone removed by an admin, or someone leaving (actor = target). Their next
 * request finds no membership, so access ends at once.
 */
export async function removeMember(options: {
  organizationId: string;
  targetUserId: string;
  actor: AuditActor & { role: Role };
}) {
  const { organizationId, targetUserId, actor } = options;
  const leaving = actor.userId === targetUserId;
  await withTenant(organizationId, async (tx) => {
    const members = await lockMemberships(tx, organizationId);
    const target = members.find((m) => m.userId === targetUserId);
    if (!target) throw new AppError("NOT_FOUND", "That member was not found.");
    const violation = ownershipRuleViolation({
      members,
      target,
      actorRole: leaving ? "OWNER" : actor.role,
      newRole: null,
      leaving,
    });
    if (violation) throw new AppError(violation.code, violation.message);
    await tx.membership.delete({
      where: { organizationId_userId: { organizationId, userId: targetUserId } },
    });
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: leaving ? "member.left" : "member.removed",
      targetType: "user",
      targetId: targetUserId,
      details: { role: target.role },
    });
  });
}
