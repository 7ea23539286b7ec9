import { withTenant } from "@/lib/db";

/** No more automatic reminders to this respondent; true when the respondent exists. */
export async function stopRespondentReminders(organizationId: string, respondentId: string) {
  return withTenant(organizationId, async (tx) => {
    const found = await tx.snapshotRespondent.findFirst({
      where: { organizationId, id: respondentId },
      select: { remindersStoppedAt: true },
    });
    if (!found) return false;
    if (!found.remindersStoppedAt)
      await tx.snapshotRespondent.updateMany({
        where: { organizationId, id: respondentId },
        data: { remindersStoppedAt: new Date() },
      });
    return true;
  });
}
