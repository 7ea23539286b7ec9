import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Whether a Snapshot has a share link, and its encrypted token when one was kept. */
export async function getShareLink(organizationId: string, snapshotId: string) {
  const found = await withTenant(organizationId, (tx) =>
    tx.snapshot.findFirst({
      where: { organizationId, id: snapshotId },
      select: { shareTokenHash: true, shareTokenSealed: true },
    }),
  );
  if (!found) throw new AppError("NOT_FOUND", "That Snapshot was not found.");
  return { active: found.shareTokenHash !== null, tokenSealed: found.shareTokenSealed };
}
