import { db, withTenant } from "@/lib/db";

/** Every organization's id: the reminder job looks at each in its own tenant. */
export async function listOrganizationIds() {
  const rows = await db.organization.findMany({ select: { id: true, name: true, slug: true } });
  return rows;
}

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
