import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";
import { requireOpenSnapshot } from "./require-open-snapshot";

/** Reminders wait this long after the last one, so nobody is sent a stream of them. */
export const REMINDER_GAP_MS = 10 * 60 * 1000;

/**
 * A reminder replaces the respondent's link (only its hash is kept, so the old one cannot be
 * sent again); the answers saved so far stay. Returns the respondent's address and name.
 */
export async function renewRespondentLink(options: {
  organizationId: string;
  snapshotId: string;
  respondentId: string;
  tokenHash: string;
  actor: AuditActor;
  now?: Date;
}) {
  const { organizationId, snapshotId, respondentId, tokenHash, actor, now = new Date() } = options;
  return withTenant(organizationId, async (tx) => {
    await requireOpenSnapshot(tx, organizationId, snapshotId);
    const respondent = await tx.snapshotRespondent.findFirst({
      where: { organizationId, snapshotId, id: respondentId },
      select: { email: true, name: true, role: true, submittedAt: true, remindedAt: true },
    });
    if (!respondent) throw new AppError("NOT_FOUND", "That respondent was not found.");
    if (respondent.submittedAt)
      throw new AppError("CONFLICT", `${respondent.email} has already sent their answers.`);
    if (respondent.remindedAt && now.getTime() - respondent.remindedAt.getTime() < REMINDER_GAP_MS)
      throw new AppError("CONFLICT", `${respondent.email} was reminded a few minutes ago.`);
    await tx.snapshotRespondent.update({
      where: { organizationId_id: { organizationId, id: respondentId } },
      data: { tokenHash, remindedAt: now, reminderCount: { increment: 1 } },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: "snapshot.respondent_reminded",
      targetType: "snapshot",
      targetId: snapshotId,
      details: { email: respondent.email },
    });
    return respondent;
  });
}
