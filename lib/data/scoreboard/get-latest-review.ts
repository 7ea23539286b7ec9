import { withTenant } from "@/lib/db";

/** The last review started (open or closed), for the cadence; null before the first. */
export async function getLatestReview(organizationId: string) {
  return withTenant(organizationId, (tx) =>
    tx.scoreboardReview.findFirst({
      where: { organizationId },
      orderBy: { number: "desc" },
      select: { number: true, reviewDate: true },
    }),
  );
}
