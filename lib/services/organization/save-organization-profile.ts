import type { OrgContext } from "@/lib/auth/guard";
import { updateOrganizationProfile } from "@/lib/data/organization/update-organization-profile";
import type { OrganizationProfile } from "@/lib/domain/organization/organization-profile";

/** Name and branding, as the settings form sends them (already parsed). */
export function saveOrganizationProfile(ctx: OrgContext, profile: OrganizationProfile) {
  return updateOrganizationProfile(ctx.organization.id, {
    name: profile.name,
    logoUrl: profile.logoUrl,
    accentColor: profile.accentColor,
    currency: profile.currency,
  });
}
