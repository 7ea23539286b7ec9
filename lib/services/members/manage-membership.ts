import type { OrgContext } from "@/lib/auth/guard";
import { revokeInvitation } from "@/lib/data/invitation/revoke-invitation";
import { changeMemberRole } from "@/lib/data/membership/change-member-role";
import { removeMember } from "@/lib/data/membership/remove-member";
import type { Role } from "@/lib/domain/organization/permissions";
import { AppError } from "@/lib/errors";
import { auditActor, roleActor } from "./actor";

export function withdrawInvitation(ctx: OrgContext, invitationId: string) {
  return revokeInvitation(ctx.organization.id, invitationId, auditActor(ctx.user));
}

export function changeRole(ctx: OrgContext, userId: string, role: Role) {
  return changeMemberRole({
    organizationId: ctx.organization.id,
    targetUserId: userId,
    role,
    actor: roleActor(ctx),
  });
}

/** Someone else leaves by removal; one's own membership ends through `leaveOrganization`. */
export function removeOtherMember(ctx: OrgContext, userId: string) {
  if (userId === ctx.user.id) throw new AppError("CONFLICT", "To leave, use “Leave organization”.");
  return removeMember({
    organizationId: ctx.organization.id,
    targetUserId: userId,
    actor: roleActor(ctx),
  });
}

export function leaveOrganization(ctx: OrgContext) {
  return removeMember({
    organizationId: ctx.organization.id,
    targetUserId: ctx.user.id,
    actor: roleActor(ctx),
  });
}
