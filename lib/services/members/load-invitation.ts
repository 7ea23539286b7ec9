import type { SessionUser } from "@/lib/auth/guard";
import { hashLinkToken, ZLinkToken } from "@/lib/auth/tokens";
import { getInvitationByTokenHash } from "@/lib/data/invitation/get-invitation-by-token-hash";
import { invitationProblem } from "@/lib/domain/organization/invitation-problem";

/** The invitation behind a link, and why this user cannot accept it now (null when they can). */
export async function loadInvitation(user: SessionUser, token: string) {
  const invitation = ZLinkToken.safeParse(token).success
    ? await getInvitationByTokenHash(hashLinkToken(token))
    : null;
  return { invitation, problem: invitationProblem(invitation, user.email)?.message ?? null };
}
