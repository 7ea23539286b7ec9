import { withTenant } from "@/lib/db";

/**
 * Claim the "everyone has answered" alert: true for exactly one caller, once every invited leader
 * has sent answers, however many submissions finish at once.
 */
export async function claimAllSubmittedAlert(organizationId: string, snapshotId: string) {
  return withTenant(organizationId, async (tx) => {
    const waiting = await tx.snapshotRespondent.count({
      where: { organizationId, snapshotId, submittedAt: null },
    });
    if (waiting > 0) return false;
    const claimed = await tx.snapshot.updateMany({
      where: { organizationId, id: snapshotId, allSubmittedAlertedAt: null },
      data: { allSubmittedAlertedAt: new Date() },
    });
    return claimed.count === 1;
  });
}
