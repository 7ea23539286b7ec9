import type { Tx } from "@/lib/db";
import { draftHistoryStep } from "@/lib/domain/snapshot/section-draft-history";

/** Add a save of one section to its history, inside the transaction that stores the draft. */
export async function recordSectionDraft(
  tx: Tx,
  options: {
    organizationId: string;
    snapshotId: string;
    key: string;
    previousBody: string;
    body: string;
    savedById: string;
  },
) {
  const { organizationId, snapshotId, key, previousBody, body, savedById } = options;
  const latest = await tx.snapshotSectionDraft.findFirst({
    where: { organizationId, snapshotId, sectionKey: key },
    orderBy: [{ savedAt: "desc" }, { id: "desc" }],
    select: { id: true, body: true, savedById: true, savedAt: true, restoredFromId: true },
  });
  const now = new Date();
  const step = draftHistoryStep({ latest, previousBody, body, savedById, now });
  const row = { organizationId, snapshotId, sectionKey: key };
  if (step.kind === "none") return;
  if (step.kind === "update" && latest) {
    await tx.snapshotSectionDraft.update({
      where: { organizationId_id: { organizationId, id: latest.id } },
      data: { body, savedAt: now },
      select: { id: true },
    });
    return;
  }
  if (step.kind === "start") {
    await tx.snapshotSectionDraft.create({
      data: { ...row, body: step.original, savedById: null, savedAt: new Date(now.getTime() - 1) },
      select: { id: true },
    });
    if (step.original === body) return;
  }
  await tx.snapshotSectionDraft.create({
    data: { ...row, body, savedById, savedAt: now },
    select: { id: true },
  });
}
