import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { AssessmentSection } from "@/lib/domain/snapshot";

/** A written-assessment Snapshot that may be edited: paid for and closed for answers. */
export async function editableDraft(
  tx: Prisma.TransactionClient,
  organizationId: string,
  snapshotId: string,
) {
  const snapshot = await tx.snapshot.findFirst({
    where: { organizationId, id: snapshotId },
    select: { unlocked: true, answeringClosedAt: true, draftSections: true },
  });
  if (!snapshot) throw new AppError("NOT_FOUND", "That Snapshot was not found.");
  if (!snapshot.unlocked)
    throw new AppError("CONFLICT", "This Snapshot is locked until its payment goes through.");
  if (!snapshot.answeringClosedAt || !snapshot.draftSections)
    throw new AppError("CONFLICT", "Close answering first; the draft is written from the answers.");
  return snapshot.draftSections as unknown as AssessmentSection[];
}
