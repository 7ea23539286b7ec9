import type { Prisma } from "@/lib/generated/prisma/client";
import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AssessmentSection } from "@/lib/domain/snapshot";
import { requireOpenSnapshot } from "./require-open-snapshot";
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
    await requireOpenSnapshot(tx, organizationId, snapshotId);
    const closed = await tx.snapshot.updateMany({
      where: { organizationId, id: snapshotId, answeringClosedAt: null },
      data: {
        answeringClosedAt: new Date(),
        closedById: actor.userId,
        draftSections: draft as unknown as Prisma.InputJsonValue,
        draftGeneratedSections: draft as unknown as Prisma.InputJsonValue,
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
