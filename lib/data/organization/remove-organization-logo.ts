import { withTenant } from "@/lib/db";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

/** Remove the uploaded logo, audited; removing none changes and records nothing. */
export async function removeOrganizationLogo(options: {
  organizationId: string;
  actor: AuditActor;
}): Promise<{ removed: boolean }> {
  const { organizationId, actor } = options;
  return withTenant(organizationId, async (tx) => {
    const { count } = await tx.organizationLogo.deleteMany({ where: { organizationId } });
    await tx.organization.update({
      where: { id: organizationId },
      data: { logoVersion: null },
      select: { id: true },
    });
    if (count === 0) return { removed: false };
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: "organization.logo_removed",
      targetType: "organization",
      targetId: organizationId,
    });
    return { removed: true };
  });
}
