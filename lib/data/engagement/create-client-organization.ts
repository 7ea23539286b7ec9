import { randomUUID } from "node:crypto";
import { setTenant, withTenant } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

/** A consultancy creates a client company and an active engagement with it, in one transaction. */
export async function createClientOrganization(options: {
  consultancyId: string;
  name: string;
  slug: string;
  actor: AuditActor;
}) {
  const clientId = randomUUID();
  try {
    return await withTenant(clientId, async (tx) => {
      await tx.organization.create({
        data: { id: clientId, name: options.name, slug: options.slug, kind: "COMPANY" },
        select: { id: true },
      });
      const engagement = await tx.engagement.create({
        data: {
          organizationId: clientId,
          consultancyId: options.consultancyId,
          createdById: options.actor.userId,
        },
        select: { id: true },
      });
      const event = {
        actor: options.actor,
        action: "engagement.started" as const,
        targetType: "engagement" as const,
        targetId: engagement.id,
        details: { client: options.name },
      };
      await recordAuditEvent(tx, { ...event, organizationId: clientId });
      await setTenant(tx, options.consultancyId);
      await recordAuditEvent(tx, { ...event, organizationId: options.consultancyId });
      return { slug: options.slug, engagementId: engagement.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", `The address "${options.slug}" is taken. Choose another.`);
    }
    throw error;
  }
}
