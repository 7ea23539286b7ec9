import { getPublicOrganization } from "@/lib/data/organization/get-public-organization";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { ZOrgSlug } from "@/lib/organizations/org-slug";

/**
 * The organization a sign-in-free submission lands in: the one whose public link was used, or
 * the platform's own for the site-wide diagnostic. Never an id from the request.
 */
export async function resolvePublicOrganization(orgSlug?: string): Promise<{ slug: string }> {
  if (!orgSlug) return { slug: env().PLATFORM_ORG_SLUG };
  const organization = ZOrgSlug.safeParse(orgSlug).success
    ? await getPublicOrganization(orgSlug)
    : null;
  if (!organization) throw new AppError("NOT_FOUND", "This diagnostic link is not valid.");
  return { slug: organization.slug };
}
