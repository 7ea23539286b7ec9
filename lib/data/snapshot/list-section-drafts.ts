import { db, withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** The saved texts of one section of a Snapshot's draft, newest first, with who saved each. */
export async function listSectionDrafts(options: {
  organizationId: string;
  snapshotId: string;
  key: string;
  take?: number;
}) {
  const { organizationId, snapshotId, key } = options;
  const rows = await withTenant(organizationId, async (tx) => {
    const snapshot = await tx.snapshot.findFirst({
      where: { organizationId, id: snapshotId },
      select: { id: true },
    });
    if (!snapshot) throw new AppError("NOT_FOUND", "That Snapshot was not found.");
    return tx.snapshotSectionDraft.findMany({
      where: { organizationId, snapshotId, sectionKey: key },
      orderBy: [{ savedAt: "desc" }, { id: "desc" }],
      take: options.take ?? 50,
      select: { id: true, body: true, savedById: true, savedAt: true, restoredFromId: true },
    });
  });
  const ids = [...new Set(rows.flatMap((r) => (r.savedById ? [r.savedById] : [])))];
  const users = ids.length
    ? await db.user.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, email: true },
      })
    : [];
  const byId = new Map(users.map((u) => [u.id, u]));
  return rows.map((r) => {
    const user = r.savedById ? byId.get(r.savedById) : undefined;
    return {
      id: r.id,
      body: r.body,
      savedAt: r.savedAt,
      savedBy: user ? (user.name ?? user.email) : null,
      restoredFromId: r.restoredFromId,
    };
  });
}
