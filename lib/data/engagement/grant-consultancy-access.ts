import { db, withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AuditActor } from "../audit/record-audit-event";
import { startEngagement } from "./start-engagement";

/** A company brings in a consultancy by its address: an active engagement, logged on both sides. */
export async function grantConsultancyAccess(options: {
  clientId: string;
  consultancySlug: string;
  actor: AuditActor;
}) {
  const consultancy = await db.organization.findUnique({
    where: { slug: options.consultancySlug },
    select: { id: true, name: true, kind: true },
  });
  if (!consultancy || consultancy.kind !== "CONSULTANCY" || consultancy.id === options.clientId) {
    throw new AppError("NOT_FOUND", `No consultancy has the address "${options.consultancySlug}".`);
  }
  return withTenant(options.clientId, async (tx) => {
    const active = await tx.engagement.findFirst({
      where: { organizationId: options.clientId, consultancyId: consultancy.id, status: "ACTIVE" },
      select: { id: true },
    });
    if (active) throw new AppError("CONFLICT", `${consultancy.name} already has access.`);
    const engagement = await startEngagement(tx, {
      clientId: options.clientId,
      consultancyId: consultancy.id,
      actor: options.actor,
      details: { consultancy: consultancy.name },
    });
    return { engagementId: engagement.id };
  });
}
