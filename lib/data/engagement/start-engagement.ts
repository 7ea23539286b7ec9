import { setTenant, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

/**
 * Inside a transaction whose tenant is the client: an active engagement, logged in both the
 * client's and the consultancy's audit logs. Leaves the transaction on the consultancy's tenant.
 */
export async function startEngagement(
  tx: Tx,
  options: {
    clientId: string;
    consultancyId: string;
    actor: AuditActor;
    details: Prisma.InputJsonValue;
  },
) {
  const engagement = await tx.engagement.create({
    data: {
      organizationId: options.clientId,
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
    details: options.details,
  };
  await recordAuditEvent(tx, { ...event, organizationId: options.clientId });
  await setTenant(tx, options.consultancyId);
  await recordAuditEvent(tx, { ...event, organizationId: options.consultancyId });
  return engagement;
}
