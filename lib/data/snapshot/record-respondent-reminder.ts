import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";
import { requireOpenSnapshot } from "./require-open-snapshot";

/** Reminders wait this long after the last one, so nobody is sent a stream of them. */
export const REMINDER_GAP_MS = 10 * 60 * 1000;

/**
 * Count one reminder to a respondent who has not sent answers, and return what it needs: the
 * address, the name and the encrypted token of the link to send again. A link made before tokens
 * were kept (hash only), or kept under a key since replaced (`reusable` says no), cannot be sent
 * again, so `replacement` takes its place; the answers saved so far stay either way.
 *
 * Claimed in one conditional update, so a reminder counted by another instance or a retried job
 * is refused here (CONFLICT), never sent twice. `actor` null is the automatic reminder.
 */
export async function recordRespondentReminder(options: {
  organizationId: string;
  snapshotId: string;
  respondentId: string;
  replacement: { tokenHash: string; tokenSealed: string };
  reusable: (tokenSealed: string) => boolean;
  actor: AuditActor | null;
  now?: Date;
}) {
  const { organizationId, snapshotId, respondentId, replacement, reusable, actor } = options;
  const now = options.now ?? new Date();
  return withTenant(organizationId, async (tx) => {
    await requireOpenSnapshot(tx, organizationId, snapshotId);
    const respondent = await tx.snapshotRespondent.findFirst({
      where: { organizationId, snapshotId, id: respondentId },
      select: {
        email: true,
        name: true,
        role: true,
        submittedAt: true,
        remindedAt: true,
        reminderCount: true,
        tokenSealed: true,
        remindersStoppedAt: true,
      },
    });
    if (!respondent) throw new AppError("NOT_FOUND", "That respondent was not found.");
    if (respondent.submittedAt)
      throw new AppError("CONFLICT", `${respondent.email} has already sent their answers.`);
    if (respondent.remindersStoppedAt)
      throw new AppError("CONFLICT", `${respondent.email} asked for no more reminders.`);
    if (respondent.remindedAt && now.getTime() - respondent.remindedAt.getTime() < REMINDER_GAP_MS)
      throw new AppError("CONFLICT", `${respondent.email} was reminded a few minutes ago.`);
    const replaced = respondent.tokenSealed === null || !reusable(respondent.tokenSealed);
    const claimed = await tx.snapshotRespondent.updateMany({
      where: {
        organizationId,
        id: respondentId,
        submittedAt: null,
        remindersStoppedAt: null,
        reminderCount: respondent.reminderCount,
      },
      data: {
        remindedAt: now,
        reminderCount: { increment: 1 },
        ...(replaced ? replacement : {}),
      },
    });
    if (claimed.count === 0)
      throw new AppError("CONFLICT", `${respondent.email} was reminded a moment ago.`);
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: "snapshot.respondent_reminded",
      targetType: "snapshot",
      targetId: snapshotId,
      details: { email: respondent.email, automatic: actor === null, linkReplaced: replaced },
    });
    return {
      id: respondentId,
      email: respondent.email,
      name: respondent.name,
      role: respondent.role,
      tokenSealed: replaced ? replacement.tokenSealed : respondent.tokenSealed!,
      linkReplaced: replaced,
    };
  });
}
