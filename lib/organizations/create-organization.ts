import { z } from "zod";
import { createOrganizationWithOwner } from "@/lib/data/organization/create-organization-with-owner";

export const RESERVED_SLUGS = ["new", "api", "admin", "settings", "o", "revenue-chain"];

export const ZCreateOrganizationRequest = z.object({
  name: z
    .string()
    .trim()
    .min(2, "Give the organization a name.")
    .max(80, "Keep the name under 80 characters."),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/,
      "Use 2–48 lowercase letters, digits or dashes.",
    )
    .refine((slug) => !RESERVED_SLUGS.includes(slug), "That address is reserved. Choose another."),
  kind: z.enum(["COMPANY", "CONSULTANCY"]),
});

export async function createOrganization(
  owner: { userId: string; email: string },
  request: z.infer<typeof ZCreateOrganizationRequest>,
) {
  return createOrganizationWithOwner({ ...request, owner });
}
