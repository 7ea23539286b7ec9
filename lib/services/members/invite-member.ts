import { z } from "zod";
import type { OrgContext } from "@/lib/auth/guard";
import { ROLES, ROLE_LABELS } from "@/lib/domain/organization/permissions";
import { newLinkToken } from "@/lib/auth/tokens";
import { createInvitation } from "@/lib/data/invitation/create-invitation";
import { AppError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { invitationEmail } from "./invitation-email";

export const INVITATION_DAYS = 7;

export const ZInviteMemberRequest = z.object({
  orgSlug: z.string().min(1).max(64),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email("Enter a valid email address.")),
  role: z.enum(ROLES),
});

export async function inviteMember(
  ctx: OrgContext,
  request: z.infer<typeof ZInviteMemberRequest>,
  baseUrl: string,
) {
  if (request.role === "OWNER" && ctx.role !== "OWNER") {
    throw new AppError("FORBIDDEN", "Only an owner can invite another owner.");
  }
  const { token, tokenHash } = newLinkToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  const invitation = await createInvitation({
    organizationId: ctx.organization.id,
    email: request.email,
    role: request.role,
    tokenHash,
    expiresAt,
    actor: { userId: ctx.user.id, email: ctx.user.email },
  });
  await sendMail(
    invitationEmail({
      to: request.email,
      inviter: ctx.user.name ?? ctx.user.email,
      organizationName: invitation.organizationName,
      roleLabel: ROLE_LABELS[request.role],
      url: `${baseUrl}/invitations/${token}`,
      days: INVITATION_DAYS,
    }),
  );
  return { id: invitation.id };
}
