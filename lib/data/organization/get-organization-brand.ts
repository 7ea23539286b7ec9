import { db } from "@/lib/db";

/**
 * What an organization shows of itself on the reports it writes: name, colour, logo and the
 * "prepared by" block. Organization is read outside row-level security (its public face).
 */
export async function getOrganizationBrand(organizationId: string) {
  return db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: {
      id: true,
      name: true,
      accentColor: true,
      logoUrl: true,
      logoVersion: true,
      preparedByName: true,
      preparedByTitle: true,
      preparedByEmail: true,
      preparedByPhone: true,
    },
  });
}

export type OrganizationBrandRow = Awaited<ReturnType<typeof getOrganizationBrand>>;
