import { randomUUID } from "node:crypto";
import { withTenant } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";

/** A new organization and its first owner, in one transaction. */
export async function createOrganizationWithOwner(options: {
  name: string;
  slug: string;
  kind: "COMPANY" | "CONSULTANCY";
  ownerUserId: string;
}) {
  // The id is chosen here so the owner's membership can be written inside the new tenant.
  const id = randomUUID();
  try {
    return await withTenant(id, (tx) =>
      tx.organization.create({
        data: {
          id,
          name: options.name,
          slug: options.slug,
          kind: options.kind,
          memberships: { create: { userId: options.ownerUserId, role: "OWNER" } },
        },
        select: { id: true, slug: true },
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", `The address "${options.slug}" is taken. Choose another.`);
    }
    throw error;
  }
}
