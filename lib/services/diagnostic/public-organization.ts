import { getPublicOrganization } from "@/lib/data/organization/get-public-organization";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { ZOrgSlug } from "@/lib/domain/organization/org-slug";

/** The organization behind a public diagnostic link, or null for an address that cannot be one. */
export async function findPublicOrganization(orgSlug: string) {
  return ZOrgSlug.safeParse(orgSlug).success ? getPublicOrganization(orgSlug) : null;
}

/**
 * The organization a sign-in-free submission lands in: the one whose public link was used, or
 * the platform's own for the site-wide diagnostic. Never an id from the request.
 */
export async function resolvePublicOrganization(orgSlug?: string): Promise<{ slug: string }> {
  if (!orgSlug) return { slug: env().PLATFORM_ORG_SLUG };
  const organization = await findPublicOrganization(orgSlug);
  if (!organization) throw new AppError("NOT_FOUND", "This diagnostic link is not valid.");
  return { slug: organization.slug };
}
