import type { Prisma } from "@/lib/generated/prisma/client";
import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";
import { editableDraft } from "./editable-draft";

/**
 * Put an earlier saved text of a section back into the draft. The restore is itself a new
 * entry of the history, naming the one it came from, so nothing saved in between is lost.
 */
export async function restoreSectionDraft(options: {
  organizationId: string;
  snapshotId: string;
  draftId: string;
  actor: AuditActor;
}) {
  const { organizationId, snapshotId, draftId, actor } = options;
  return withTenant(organizationId, async (tx) => {
    const sections = await editableDraft(tx, organizationId, snapshotId);
    const earlier = await tx.snapshotSectionDraft.findFirst({
      where: { organizationId, snapshotId, id: draftId },
      select: { id: true, sectionKey: true, body: true },
    });
    if (!earlier || !sections.some((s) => s.key === earlier.sectionKey))
      throw new AppError("NOT_FOUND", "That earlier draft was not found.");
    const next = sections.map((s) =>
      s.key === earlier.sectionKey ? { ...s, body: earlier.body } : s,
    );
    await tx.snapshot.update({
      where: { organizationId_id: { organizationId, id: snapshotId } },
      data: { draftSections: next as unknown as Prisma.InputJsonValue, draftUpdatedAt: new Date() },
      select: { id: true },
    });
    const restored = await tx.snapshotSectionDraft.create({
      data: {
        organizationId,
        snapshotId,
        sectionKey: earlier.sectionKey,
        body: earlier.body,
        savedById: actor.userId,
        restoredFromId: earlier.id,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: "snapshot.section_restored",
      targetType: "snapshot",
      targetId: snapshotId,
      details: { section: earlier.sectionKey, restoredFrom: earlier.id, draft: restored.id },
    });
    return { key: earlier.sectionKey, body: earlier.body };
  });
}
