import type { Tx } from "@/lib/db";

/**
 * Within an import's (or undo's) transaction: the data changed, so the stored figures describe an
 * older version. They are kept, and shown as such, until the summary job has computed new ones.
 */
export async function invalidatePipelineSummary(tx: Tx, organizationId: string) {
  await tx.pipelineSummary.upsert({
    where: { organizationId },
    create: { organizationId, version: 1 },
    update: { version: { increment: 1 } },
  });
  await tx.pipelineFilteredMetrics.deleteMany({ where: { organizationId } });
}
