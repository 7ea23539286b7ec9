import { scoped } from "@/lib/db";

/** What the invitation page and the accept action read of an invitation. */
export const INVITATION_SELECT = {
  id: true,
  email: true,
  role: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  organizationId: true,
  organization: { select: { id: true, slug: true, name: true } },
} as const;

/** The invitation behind a link; row-level security opens it to the holder of its token. */
export async function getInvitationByTokenHash(tokenHash: string) {
  return scoped({ accessToken: tokenHash }, (tx) =>
    tx.invitation.findUnique({ where: { tokenHash }, select: INVITATION_SELECT }),
  );
}
