import type { Prisma } from "@/lib/generated/prisma/client";
import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { editableDraft } from "./editable-draft";
import { recordSectionDraft } from "./record-section-draft";

/** Replace the body of one section of the draft, and keep the save in its history. */
export async function updateDraftSection(options: {
  organizationId: string;
  snapshotId: string;
  key: string;
  body: string;
  savedById: string;
}) {
  const { organizationId, snapshotId, key, body, savedById } = options;
  return withTenant(organizationId, async (tx) => {
    const sections = await editableDraft(tx, organizationId, snapshotId);
    const section = sections.find((s) => s.key === key);
    if (!section) throw new AppError("NOT_FOUND", "That section was not found.");
    const next = sections.map((s) => (s.key === key ? { ...s, body } : s));
    await tx.snapshot.update({
      where: { organizationId_id: { organizationId, id: snapshotId } },
      data: { draftSections: next as unknown as Prisma.InputJsonValue, draftUpdatedAt: new Date() },
      select: { id: true },
    });
    await recordSectionDraft(tx, {
      organizationId,
      snapshotId,
      key,
      previousBody: section.body,
      body,
      savedById,
    });
  });
}
