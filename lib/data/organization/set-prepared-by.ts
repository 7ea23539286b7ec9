import { withTenant } from "@/lib/db";
import type { PreparedBy } from "@/lib/domain/organization/prepared-by";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

const SELECT = {
  preparedByName: true,
  preparedByTitle: true,
  preparedByEmail: true,
  preparedByPhone: true,
} as const;

/** Store the "prepared by" block, audited; saving what is stored changes and records nothing. */
export async function setPreparedBy(options: {
  organizationId: string;
  preparedBy: PreparedBy;
  actor: AuditActor;
}): Promise<{ changed: boolean }> {
  const { organizationId, preparedBy, actor } = options;
  const data = {
    preparedByName: preparedBy.name,
    preparedByTitle: preparedBy.title,
    preparedByEmail: preparedBy.email,
    preparedByPhone: preparedBy.phone,
  };
  return withTenant(organizationId, async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: SELECT,
    });
    const keys = Object.keys(SELECT) as (keyof typeof SELECT)[];
    if (keys.every((key) => before[key] === data[key])) return { changed: false };
    await tx.organization.update({ where: { id: organizationId }, data, select: { id: true } });
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: "organization.prepared_by_changed",
      targetType: "organization",
      targetId: organizationId,
    });
    return { changed: true };
  });
}
