import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** Within an import's transaction: the stored figures no longer hold. */
export async function invalidatePipelineSummary(tx: Tx, organizationId: string) {
  await tx.pipelineSummary.upsert({
    where: { organizationId },
    create: { organizationId, version: 1 },
    update: { version: { increment: 1 }, data: Prisma.DbNull, computedAt: null },
  });
  await tx.pipelineFilteredMetrics.deleteMany({ where: { organizationId } });
}
