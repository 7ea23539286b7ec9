import { withTenant } from "@/lib/db";

export async function listPendingInvitations(organizationId: string) {
  return withTenant(organizationId, (tx) =>
    tx.invitation.findMany({
      where: { organizationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
    }),
  );
}
