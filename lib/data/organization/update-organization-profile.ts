import { withTenant } from "@/lib/db";

/** Name, branding and currency. The tenant is set even though Organization has no policy of its own. */
export async function updateOrganizationProfile(
  organizationId: string,
  profile: { name: string; logoUrl: string | null; accentColor: string | null; currency?: string },
) {
  await withTenant(organizationId, (tx) =>
    tx.organization.update({ where: { id: organizationId }, data: profile, select: { id: true } }),
  );
}
