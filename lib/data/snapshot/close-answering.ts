import type { Prisma } from "@/lib/generated/prisma/client";
import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AssessmentSection } from "@/lib/domain/snapshot";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

/**
 * Close answering and keep the generated first draft of the written assessment. At least one
 * leader must have sent answers; closing twice is refused.
 */
export async function closeAnswering(options: {
  organizationId: string;
  snapshotId: string;
  draft: AssessmentSection[];
  actor: AuditActor;
}) {
  const { organizationId, snapshotId, draft, actor } = options;
  return withTenant(organizationId, async (tx) => {
    const snapshot = await tx.snapshot.findFirst({
      where: { organizationId, id: snapshotId },
      select: { unlocked: true, answeringClosedAt: true },
    });
    if (!snapshot) throw new AppError("NOT_FOUND", "That Snapshot was not found.");
    if (!snapshot.unlocked)
      throw new AppError("CONFLICT", "This Snapshot is locked until its payment goes through.");
    if (snapshot.answeringClosedAt) throw new AppError("CONFLICT", "Answering is already closed.");
    const closed = await tx.snapshot.updateMany({
      where: { organizationId, id: snapshotId, answeringClosedAt: null },
      data: {
        answeringClosedAt: new Date(),
        closedById: actor.userId,
        draftSections: draft as unknown as Prisma.InputJsonValue,
        draftUpdatedAt: new Date(),
      },
    });
    if (closed.count === 0) throw new AppError("CONFLICT", "Answering is already closed.");
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: "snapshot.answering_closed",
      targetType: "snapshot",
      targetId: snapshotId,
    });
  });
}
