import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";

/** A new organization and its first owner, in one transaction. */
export async function createOrganizationWithOwner(options: {
  name: string;
  slug: string;
  kind: "COMPANY" | "CONSULTANCY";
  ownerUserId: string;
}) {
  try {
    return await db.organization.create({
      data: {
        name: options.name,
        slug: options.slug,
        kind: options.kind,
        memberships: { create: { userId: options.ownerUserId, role: "OWNER" } },
      },
      select: { id: true, slug: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", `The address "${options.slug}" is taken. Choose another.`);
    }
    throw error;
  }
}
