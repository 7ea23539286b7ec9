import { withTenant } from "@/lib/db";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

/**
 * Keep the organization's results out of the anonymous benchmarks, or let them count again.
 * The aggregate follows at its next hourly refresh. Audited in the same transaction.
 */
export async function setBenchmarkOptOut(options: {
  organizationId: string;
  optOut: boolean;
  actor: AuditActor;
}) {
  const { organizationId, optOut, actor } = options;
  await withTenant(organizationId, async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { benchmarkOptOut: true },
    });
    if (before.benchmarkOptOut === optOut) return;
    await tx.organization.update({
      where: { id: organizationId },
      data: { benchmarkOptOut: optOut },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: "organization.benchmarks_changed",
      targetType: "organization",
      targetId: organizationId,
      details: { benchmarkOptOut: optOut },
    });
  });
}
