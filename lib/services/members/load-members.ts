import type { OrgContext } from "@/lib/auth/guard";
import { listPendingInvitations } from "@/lib/data/invitation/list-pending-invitations";
import { listMembers } from "@/lib/data/membership/list-members";
import { can } from "@/lib/domain/organization/permissions";

/** The members page: everyone with access, and pending invitations for those who may invite. */
export async function loadMembers(ctx: OrgContext) {
  const [members, invitations] = await Promise.all([
    listMembers(ctx.organization.id),
    can(ctx.role, "members:invite") ? listPendingInvitations(ctx.organization.id) : [],
  ]);
  return { members, invitations };
}
