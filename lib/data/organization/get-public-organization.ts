import { db } from "@/lib/db";

/**
 * What an organization shows on its public diagnostic page. The platform's own organization has
 * its diagnostic at /diagnostic, so it is not offered here.
 */
export async function getPublicOrganization(slug: string) {
  const organization = await db.organization.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      logoUrl: true,
      accentColor: true,
      benchmarkOptOut: true,
    },
  });
  return organization && organization.kind !== "PLATFORM" ? organization : null;
}
