import { getOrganizationLogo as readLogo } from "@/lib/data/organization/get-organization-logo";

/** An organization's current logo by its version, for the public logo route; else NOT_FOUND. */
export function loadLogoFile(organizationId: string, version: string) {
  return readLogo(organizationId, version);
}
