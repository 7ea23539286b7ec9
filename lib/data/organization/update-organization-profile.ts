import { withTenant } from "@/lib/db";

/** Name and branding. The tenant is set even though Organization has no policy of its own. */
export async function updateOrganizationProfile(
  organizationId: string,
  profile: { name: string; logoUrl: string | null; accentColor: string | null },
) {
  await withTenant(organizationId, (tx) =>
    tx.organization.update({ where: { id: organizationId }, data: profile, select: { id: true } }),
  );
}
