import { db, withTenant } from "@/lib/db";

const alertUser = {
  id: true,
  email: true,
  name: true,
  alertSnapshotSubmitted: true,
  alertSnapshotAllSubmitted: true,
} as const;

/**
 * What an alert about a Snapshot's answers needs: the company, how many of the invited leaders
 * have answered, the one who just did, and the people of the buying organization who may hear
 * about it (the Snapshot's creator while still a member, and the owners and admins), each with
 * the alerts they chose.
 */
export async function getAlertAudience(options: {
  organizationId: string;
  snapshotId: string;
  respondentId: string;
}) {
  const { organizationId, snapshotId, respondentId } = options;
  const found = await withTenant(organizationId, async (tx) => {
    const snapshot = await tx.snapshot.findFirst({
      where: { organizationId, id: snapshotId },
      select: {
        purchasedByOrganizationId: true,
        createdById: true,
        organization: { select: { name: true, slug: true } },
      },
    });
    if (!snapshot) return null;
    const respondents = await tx.snapshotRespondent.findMany({
      where: { organizationId, snapshotId },
      select: { id: true, email: true, name: true, submittedAt: true },
    });
    return { snapshot, respondents };
  });
  if (!found) return null;
  const { snapshot, respondents } = found;
  const members = await withTenant(snapshot.purchasedByOrganizationId, (tx) =>
    tx.membership.findMany({
      where: { organizationId: snapshot.purchasedByOrganizationId },
      select: { role: true, userId: true },
    }),
  );
  const users = await db.user.findMany({
    where: { id: { in: members.map((m) => m.userId) } },
    select: alertUser,
  });
  const buyer = await db.organization.findUnique({
    where: { id: snapshot.purchasedByOrganizationId },
    select: { slug: true },
  });
  return {
    company: snapshot.organization,
    buyerSlug: buyer?.slug ?? snapshot.organization.slug,
    createdById: snapshot.createdById,
    members: members.map((m) => ({ role: m.role, user: users.find((u) => u.id === m.userId)! })),
    respondent: respondents.find((r) => r.id === respondentId) ?? null,
    invited: respondents.length,
    submitted: respondents.filter((r) => r.submittedAt).length,
  };
}
