import { withTenant } from "@/lib/db";
import { nextStepKindName, type StoredNextStep } from "@/lib/domain/organization/next-step-setting";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";
import { NEXT_STEP_SELECT } from "./next-step-select";

/**
 * Store the call to action of the organization's branded link's results, audited in the same
 * transaction. Saving what is already stored changes and records nothing.
 */
export async function setOrganizationNextStep(options: {
  organizationId: string;
  nextStep: StoredNextStep;
  actor: AuditActor;
}): Promise<{ changed: boolean }> {
  const { organizationId, nextStep, actor } = options;
  return withTenant(organizationId, async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: NEXT_STEP_SELECT,
    });
    const keys = Object.keys(NEXT_STEP_SELECT) as (keyof StoredNextStep)[];
    if (keys.every((key) => before[key] === nextStep[key])) return { changed: false };
    await tx.organization.update({
      where: { id: organizationId },
      data: nextStep,
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: "organization.next_step_changed",
      targetType: "organization",
      targetId: organizationId,
      details: {
        from: nextStepKindName(before.nextStepKind),
        to: nextStepKindName(nextStep.nextStepKind),
      },
    });
    return { changed: true };
  });
}
