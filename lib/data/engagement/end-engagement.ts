import { setTenant, withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

/**
 * Either side ends an engagement. The consultancy's members lose access to the client on their
 * next request, because the guard only honours active engagements.
 */
export async function endEngagement(
  organizationId: string,
  engagementId: string,
  actor: AuditActor,
) {
  await withTenant(organizationId, async (tx) => {
    const engagement = await tx.engagement.findFirst({
      where: {
        id: engagementId,
        status: "ACTIVE",
        OR: [{ organizationId }, { consultancyId: organizationId }],
      },
      select: { id: true, organizationId: true, consultancyId: true },
    });
    if (!engagement)
      throw new AppError("NOT_FOUND", "That engagement was not found or has already ended.");
    await tx.engagement.update({
      where: { id: engagement.id },
      data: { status: "ENDED", endedAt: new Date() },
    });
    const event = {
      actor,
      action: "engagement.ended" as const,
      targetType: "engagement" as const,
      targetId: engagement.id,
    };
    await recordAuditEvent(tx, { ...event, organizationId });
    const otherSide =
      engagement.organizationId === organizationId
        ? engagement.consultancyId
        : engagement.organizationId;
    await setTenant(tx, otherSide);
    await recordAuditEvent(tx, { ...event, organizationId: otherSide });
  });
}
