import { withTenant } from "@/lib/db";
import type { Role } from "@/lib/domain/organization/permissions";
import { AppError } from "@/lib/errors";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";
import { lockMemberships } from "./lock-memberships";
import { ownershipRuleViolation } from "@/lib/domain/organization/ownership-rules";

export async function changeMemberRole(options: {
  organizationId: string;
  targetUserId: string;
  role: Role;
  actor: AuditActor & { role: Role };
}) {
  const { organizationId, targetUserId, role, actor } = options;
  await withTenant(organizationId, async (tx) => {
    const members = await lockMemberships(tx, organizationId);
    const target = members.find((m) => m.userId === targetUserId);
    if (!target) throw new AppError("NOT_FOUND", "That member was not found.");
    const violation = ownershipRuleViolation({
      members,
      target,
      actorRole: actor.role,
      newRole: role,
    });
    if (violation) throw new AppError(violation.code, violation.message);
    if (target.role === role) return;
    await tx.membership.update({
      where: { organizationId_userId: { organizationId, userId: targetUserId } },
      data: { role },
    });
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: "member.role_changed",
      targetType: "user",
      targetId: targetUserId,
      details: { from: target.role, to: role },
    });
  });
}
