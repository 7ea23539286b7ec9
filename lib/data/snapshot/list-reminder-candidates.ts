import { withTenant } from "@/lib/db";

/**
 * The organization's leaders who may still need a reminder: invited to a Snapshot that takes
 * answers (paid for, not closed), not yet answered and not unsubscribed from reminders.
 */
export async function listReminderCandidates(organizationId: string) {
  return withTenant(organizationId, (tx) =>
    tx.snapshotRespondent.findMany({
      where: {
        organizationId,
        submittedAt: null,
        remindersStoppedAt: null,
        snapshot: { unlocked: true, answeringClosedAt: null },
      },
      select: {
        id: true,
        snapshotId: true,
        invitedAt: true,
        remindedAt: true,
        reminderCount: true,
        submittedAt: true,
        remindersStoppedAt: true,
        snapshot: { select: { organization: { select: { name: true } } } },
      },
    }),
  );
}
