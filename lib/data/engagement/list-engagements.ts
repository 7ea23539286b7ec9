import { withTenant } from "@/lib/db";

/** Engagements in which this organization is the client or the consultancy, newest first. */
export async function listEngagements(organizationId: string) {
  return withTenant(organizationId, (tx) =>
    tx.engagement.findMany({
      where: { OR: [{ organizationId }, { consultancyId: organizationId }] },
      orderBy: [{ status: "asc" }, { startedAt: "desc" }],
      select: {
        id: true,
        status: true,
        startedAt: true,
        endedAt: true,
        client: { select: { slug: true, name: true } },
        consultancy: { select: { slug: true, name: true } },
      },
    }),
  );
}
