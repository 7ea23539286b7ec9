import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

/**
 * Set (a new link replaces the old one) or remove the share link of a Snapshot: its hash for
 * lookups and its encrypted token, so the page can show it again.
 */
export async function setShareLink(options: {
  organizationId: string;
  snapshotId: string;
  link: { tokenHash: string; tokenSealed: string } | null;
  actor: AuditActor;
}) {
  const { organizationId, snapshotId, link, actor } = options;
  const tokenHash = link?.tokenHash ?? null;
  return withTenant(organizationId, async (tx) => {
    const changed = await tx.snapshot.updateMany({
      where: { organizationId, id: snapshotId },
      data: { shareTokenHash: tokenHash, shareTokenSealed: link?.tokenSealed ?? null },
    });
    if (changed.count === 0) throw new AppError("NOT_FOUND", "That Snapshot was not found.");
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: tokenHash ? "snapshot.share_link_created" : "snapshot.share_link_revoked",
      targetType: "snapshot",
      targetId: snapshotId,
    });
  });
}
