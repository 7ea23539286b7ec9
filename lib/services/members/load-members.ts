import type { OrgContext } from "@/lib/auth/guard";
import { listPendingInvitations } from "@/lib/data/invitation/list-pending-invitations";
import { listMembers } from "@/lib/data/membership/list-members";
import { can } from "@/lib/domain/organization/permissions";
import { readTogether } from "@/lib/data/tenant/read-together";

/** The members page: everyone with access, and pending invitations for those who may invite. */
async function readMembers(ctx: OrgContext) {
  const [members, invitations] = await Promise.all([
    listMembers(ctx.organization.id),
    can(ctx.role, "members:invite") ? listPendingInvitations(ctx.organization.id) : [],
  ]);
  return { members, invitations };
}

/** The same, every read in one transaction (readTogether): one pooled connection per page. */
export function loadMembers(ctx: OrgContext) {
  return readTogether(ctx.organization.id, () => readMembers(ctx));
}
