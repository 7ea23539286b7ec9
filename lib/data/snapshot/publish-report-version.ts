import type { Prisma } from "@/lib/generated/prisma/client";
import { withTenant } from "@/lib/db";
import { editorNotesRefusal, sectionsWithEditorNotes } from "@/lib/domain/snapshot";
import { AppError } from "@/lib/errors";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";
import { editableDraft } from "./editable-draft";

/**
 * Publish the draft as the next numbered version, frozen with the figures behind its charts.
 * Concurrent publishes cannot take the same number (the unique key refuses the second). A draft
 * that still holds an editor's note is refused, naming its sections: the note is not for the client.
 */
export async function publishReportVersion(options: {
  organizationId: string;
  snapshotId: string;
  figures: Prisma.InputJsonValue;
  actor: AuditActor;
}) {
  const { organizationId, snapshotId, figures, actor } = options;
  return withTenant(organizationId, async (tx) => {
    const sections = await editableDraft(tx, organizationId, snapshotId);
    const noted = sectionsWithEditorNotes(sections);
    if (noted.length > 0) throw new AppError("CONFLICT", editorNotesRefusal(noted));
    const last = await tx.snapshotReportVersion.findFirst({
      where: { organizationId, snapshotId },
      orderBy: { number: "desc" },
      select: { number: true },
    });
    const number = (last?.number ?? 0) + 1;
    await tx.snapshotReportVersion.create({
      data: {
        organizationId,
        snapshotId,
        number,
        sections: sections as unknown as Prisma.InputJsonValue,
        figures,
        publishedById: actor.userId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: "snapshot.published",
      targetType: "snapshot",
      targetId: snapshotId,
      details: { version: number },
    });
    return { number };
  });
}
