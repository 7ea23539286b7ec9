import { randomUUID } from "node:crypto";
import { withTenant } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { ensureStages } from "../pipeline/ensure-stages";
import type { AuditActor } from "../audit/record-audit-event";
import { startEngagement } from "./start-engagement";

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
      await ensureStages(tx, clientId);
      const engagement = await startEngagement(tx, {
        clientId,
        consultancyId: options.consultancyId,
        actor: options.actor,
        details: { client: options.name },
      });
      return { slug: options.slug, engagementId: engagement.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", `The address "${options.slug}" is taken. Choose another.`);
    }
    throw error;
  }
}
