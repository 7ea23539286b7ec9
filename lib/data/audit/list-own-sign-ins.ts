import { scoped } from "@/lib/db";

/** The user's latest sign-ins: row-level security shows a user their own events only. */
export async function listOwnSignIns(userId: string, limit = 5) {
  return scoped({ userId }, (tx) =>
    tx.auditEvent.findMany({
      where: { actorUserId: userId, organizationId: null, action: "user.signed_in" },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { id: true, createdAt: true, details: true },
    }),
  );
}
