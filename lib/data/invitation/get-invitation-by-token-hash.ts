import { scoped } from "@/lib/db";

/** The invitation behind a link; row-level security opens it to the holder of its token. */
export async function getInvitationByTokenHash(tokenHash: string) {
  return scoped({ accessToken: tokenHash }, (tx) =>
    tx.invitation.findUnique({
      where: { tokenHash },
      select: {
        id: true,
        email: true,
        role: true,
        expiresAt: true,
        acceptedAt: true,
        revokedAt: true,
        organization: { select: { id: true, slug: true, name: true } },
      },
    }),
  );
}
