import { withTenant } from "@/lib/db";
import { followUpKey } from "@/lib/domain/scoreboard";

/** The advance decisions an earlier review already saw done (followUpKey of each), so none shows twice. */
export async function listDoneFollowUps(organizationId: string): Promise<Set<string>> {
  const rows = await withTenant(organizationId, (tx) =>
    tx.reviewFollowUp.findMany({
      where: { organizationId, status: "DONE" },
      select: { externalId: true, fromReviewNumber: true },
    }),
  );
  return new Set(rows.map((r) => followUpKey(r.externalId, r.fromReviewNumber)));
}
