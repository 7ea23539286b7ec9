import { withTenant } from "@/lib/db";

/**
 * Claim the reminder for one review day: true for exactly one caller, however many job runs or
 * app instances try at once, so each review is announced once.
 */
export async function claimReviewReminder(organizationId: string, reviewDay: Date) {
  return withTenant(organizationId, async (tx) => {
    const claimed = await tx.scoreboardSettings.updateMany({
      where: {
        organizationId,
        OR: [{ lastReminderFor: null }, { lastReminderFor: { not: reviewDay } }],
      },
      data: { lastReminderFor: reviewDay },
    });
    return claimed.count === 1;
  });
}
