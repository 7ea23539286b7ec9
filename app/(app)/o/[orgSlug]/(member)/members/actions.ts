"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { orgAction } from "@/lib/auth/guard";
import { ROLES } from "@/lib/domain/organization/permissions";
import { appBaseUrl } from "@/lib/http/base-url";
import { inviteMember, ZInviteMemberRequest } from "@/lib/services/members/invite-member";
import {
  changeRole as changeMemberRole,
  leaveOrganization,
  removeOtherMember,
  withdrawInvitation,
} from "@/lib/services/members/manage-membership";

const ZOrg = z.object({ orgSlug: z.string().min(1).max(64) });
const ZMemberTarget = ZOrg.extend({ userId: z.uuid() });

const invite = orgAction(
  "members.invite",
  "members:invite",
  ZInviteMemberRequest,
  async (ctx, input) => {
    const result = await inviteMember(ctx, input, appBaseUrl());
    revalidatePath(`/o/${ctx.organization.slug}/members`);
    return result;
  },
);

const revoke = orgAction(
  "members.revoke-invitation",
  "members:invite",
  ZOrg.extend({ invitationId: z.uuid() }),
  async (ctx, input) => {
    await withdrawInvitation(ctx, input.invitationId);
    revalidatePath(`/o/${ctx.organization.slug}/members`);
  },
);

const changeRole = orgAction(
  "members.change-role",
  "members:change-role",
  ZMemberTarget.extend({ role: z.enum(ROLES) }),
  async (ctx, input) => {
    await changeMemberRole(ctx, input.userId, input.role);
    revalidatePath(`/o/${ctx.organization.slug}/members`);
  },
);

const remove = orgAction("members.remove", "members:remove", ZMemberTarget, async (ctx, input) => {
  await removeOtherMember(ctx, input.userId);
  revalidatePath(`/o/${ctx.organization.slug}/members`);
});

const leave = orgAction("members.leave", "organization:read", ZOrg, async (ctx) => {
  await leaveOrganization(ctx);
});

export async function inviteMemberAction(input: unknown) {
  return invite(input);
}

export async function revokeInvitationAction(input: unknown) {
  return revoke(input);
}

export async function changeMemberRoleAction(input: unknown) {
  return changeRole(input);
}

export async function removeMemberAction(input: unknown) {
  return remove(input);
}

export async function leaveOrganizationAction(input: unknown) {
  const result = await leave(input);
  if (result.ok) redirect("/o");
  return result;
}
