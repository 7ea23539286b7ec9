import { z } from "zod";
import { ZOrgSlug } from "@/lib/domain/organization/org-slug";
import { createOrganizationWithOwner } from "@/lib/data/organization/create-organization-with-owner";

export const RESERVED_SLUGS = ["new", "api", "admin", "settings", "o", "revenue-chain"];

export const ZCreateOrganizationRequest = z.object({
  name: z
    .string()
    .trim()
    .min(2, "Give the organization a name.")
    .max(80, "Keep the name under 80 characters."),
  slug: ZOrgSlug.refine(
    (slug) => !RESERVED_SLUGS.includes(slug),
    "That address is reserved. Choose another.",
  ),
  kind: z.enum(["COMPANY", "CONSULTANCY"]),
});

export async function createOrganization(
  owner: { userId: string; email: string },
  request: z.infer<typeof ZCreateOrganizationRequest>,
) {
  return createOrganizationWithOwner({ ...request, owner });
}
