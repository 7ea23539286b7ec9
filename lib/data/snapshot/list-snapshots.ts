import { db, withTenant } from "@/lib/db";

/** The organization's Snapshots, newest first, with answering progress and the latest version. */
export async function listSnapshots(organizationId: string) {
  const rows = await withTenant(organizationId, (tx) =>
    tx.snapshot.findMany({
      where: { organizationId },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        unlocked: true,
        paymentStatus: true,
        answeringClosedAt: true,
        purchasedByOrganizationId: true,
        createdAt: true,
        respondents: { select: { submittedAt: true } },
        versions: {
          select: { number: true, publishedAt: true },
          orderBy: { number: "desc" },
          take: 1,
        },
      },
    }),
  );
  const payers = await db.organization.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.purchasedByOrganizationId))] } },
    select: { id: true, name: true },
  });
  const payerName = new Map(payers.map((p) => [p.id, p.name]));
  return rows.map((r) => ({
    id: r.id,
    unlocked: r.unlocked,
    paymentStatus: r.paymentStatus,
    closed: r.answeringClosedAt !== null,
    createdAt: r.createdAt,
    purchasedBy:
      r.purchasedByOrganizationId === organizationId
        ? null
        : (payerName.get(r.purchasedByOrganizationId) ?? null),
    invited: r.respondents.length,
    submitted: r.respondents.filter((x) => x.submittedAt).length,
    latestVersion: r.versions[0] ?? null,
  }));
}

export type SnapshotListItem = Awaited<ReturnType<typeof listSnapshots>>[number];
