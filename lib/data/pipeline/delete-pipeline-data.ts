import { withTenant } from "@/lib/db";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";
import { lockPipeline } from "./lock-pipeline";

/**
 * Delete every deal, entry, import and stored figure of the organization's pipeline, in one
 * transaction. Its stages, revenue targets and remembered mappings stay.
 */
export async function deletePipelineData(organizationId: string, actor: AuditActor) {
  return withTenant(
    organizationId,
    async (tx) => {
      await lockPipeline(tx, organizationId);
      const { count: deals } = await tx.opportunity.deleteMany({ where: { organizationId } });
      const { count: imports } = await tx.pipelineImport.deleteMany({ where: { organizationId } });
      await tx.opportunityPrior.deleteMany({ where: { organizationId } });
      await tx.pipelineFilteredMetrics.deleteMany({ where: { organizationId } });
      await tx.pipelineSummary.deleteMany({ where: { organizationId } });
      await recordAuditEvent(tx, {
        organizationId,
        actor,
        action: "pipeline.data_deleted",
        targetType: "organization",
        targetId: organizationId,
        details: { deals, imports },
      });
      return { deals, imports };
    },
    { timeoutMs: 10 * 60_000 },
  );
}
