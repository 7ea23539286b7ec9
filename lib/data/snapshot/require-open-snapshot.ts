import { type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** A Snapshot that takes answers: paid for and not closed. */
export async function requireOpenSnapshot(tx: Tx, organizationId: string, snapshotId: string) {
  const snapshot = await tx.snapshot.findFirst({
    where: { organizationId, id: snapshotId },
    select: { unlocked: true, answeringClosedAt: true },
  });
  if (!snapshot) throw new AppError("NOT_FOUND", "That Snapshot was not found.");
  if (!snapshot.unlocked)
    throw new AppError("CONFLICT", "This Snapshot is locked until its payment goes through.");
  if (snapshot.answeringClosedAt)
    throw new AppError("CONFLICT", "Answering is closed for this Snapshot.");
}
