import { withTenant } from "@/lib/db";

/** The latest published version of each of the organization's Snapshots, oldest first. */
export async function listLatestPublishedVersions(organizationId: string) {
  const rows = await withTenant(organizationId, (tx) =>
    tx.snapshotReportVersion.findMany({
      where: { organizationId },
      orderBy: [{ snapshotId: "asc" }, { number: "desc" }],
      distinct: ["snapshotId"],
      select: { snapshotId: true, number: true, figures: true, publishedAt: true },
    }),
  );
  return rows.sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
}
