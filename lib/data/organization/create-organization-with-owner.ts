import { randomUUID } from "node:crypto";
import { withTenant } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { ensureStages } from "../pipeline/ensure-stages";
import { recordAuditEvent } from "../audit/record-audit-event";

/** A new organization and its first owner, in one transaction. */
export async function createOrganizationWithOwner(options: {
  name: string;
  slug: string;
  kind: "COMPANY" | "CONSULTANCY";
  owner: { userId: string; email: string };
}) {
  // The id is chosen here so the owner's membership can be written inside the new tenant.
  const id = randomUUID();
  try {
    return await withTenant(id, async (tx) => {
      const organization = await tx.organization.create({
        data: {
          id,
          name: options.name,
          slug: options.slug,
          kind: options.kind,
          memberships: { create: { userId: options.owner.userId, role: "OWNER" } },
        },
        select: { id: true, slug: true },
      });
      await ensureStages(tx, id);
      await recordAuditEvent(tx, {
        organizationId: id,
        actor: options.owner,
        action: "organization.created",
        targetType: "organization",
        targetId: id,
        details: { name: options.name, kind: options.kind },
      });
      return organization;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", `The address "${options.slug}" is taken. Choose another.`);
    }
    throw error;
  }
}
