import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";
import { importNotFound } from "./import-not-found";
import { invalidatePipelineSummary } from "./invalidate-pipeline-summary";
import { lockPipeline } from "./lock-pipeline";
import { undoImport } from "./undo-import";

/**
 * Undo an import, in one transaction: only the latest one still in effect, since a later import
 * built on what it wrote. Its deals, entries and changes go; the figures are marked out of date.
 */
export async function undoLatestImport(
  organizationId: string,
  importId: string,
  actor: AuditActor,
) {
  await withTenant(
    organizationId,
    async (tx) => {
      await lockPipeline(tx, organizationId);
      const target = await tx.pipelineImport.findFirst({
        where: { organizationId, id: importId },
        select: { id: true, status: true },
      });
      if (!target) importNotFound();
      if (target.status !== "SUCCEEDED")
        throw new AppError("CONFLICT", "Only an import that succeeded can be undone.");
      const latest = await tx.pipelineImport.findFirst({
        where: { organizationId, status: "SUCCEEDED" },
        orderBy: [{ finishedAt: "desc" }, { id: "desc" }],
        select: { id: true },
      });
      if (latest?.id !== importId)
        throw new AppError(
          "CONFLICT",
          "A later import built on this one. Undo the later imports first, newest first.",
        );
      await undoImport(tx, organizationId, importId);
      await tx.pipelineImport.update({
        where: { organizationId_id: { organizationId, id: importId } },
        data: { status: "UNDONE", undoneAt: new Date() },
      });
      await invalidatePipelineSummary(tx, organizationId);
      await recordAuditEvent(tx, {
        organizationId,
        actor,
        action: "pipeline.import_undone",
        targetType: "import",
        targetId: importId,
      });
    },
    { timeoutMs: 10 * 60_000 },
  );
}
