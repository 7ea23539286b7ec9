import { Prisma } from "@/lib/generated/prisma/client";
import { withTenant } from "@/lib/db";
import type { AssessmentSection } from "@/lib/domain/snapshot";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";
import { editableDraft } from "./editable-draft";

/**
 * Rewrite the draft from its current sections and the record of what the generator wrote, in
 * one transaction, so an edit saved meanwhile is never lost. `rewrite` returns the new sections,
 * the new record, and what it changed (for the audit trail and the caller).
 */
export async function rewriteDraftSections<T extends { changed: string[] }>(options: {
  organizationId: string;
  snapshotId: string;
  actor: AuditActor;
  rewrite: (
    current: AssessmentSection[],
    generated: AssessmentSection[] | null,
  ) => T & { sections: AssessmentSection[]; generated: AssessmentSection[] | null };
}): Promise<T> {
  const { organizationId, snapshotId, actor, rewrite } = options;
  return withTenant(organizationId, async (tx) => {
    const current = await editableDraft(tx, organizationId, snapshotId);
    const row = await tx.snapshot.findFirstOrThrow({
      where: { organizationId, id: snapshotId },
      select: { draftGeneratedSections: true },
    });
    const result = rewrite(
      current,
      (row.draftGeneratedSections as unknown as AssessmentSection[] | null) ?? null,
    );
    if (result.changed.length === 0) return result;
    await tx.snapshot.update({
      where: { organizationId_id: { organizationId, id: snapshotId } },
      data: {
        draftSections: result.sections as unknown as Prisma.InputJsonValue,
        draftGeneratedSections:
          result.generated === null
            ? Prisma.DbNull
            : (result.generated as unknown as Prisma.InputJsonValue),
        draftUpdatedAt: new Date(),
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: "snapshot.redrafted",
      targetType: "snapshot",
      targetId: snapshotId,
      details: { sections: result.changed },
    });
    return result;
  });
}
