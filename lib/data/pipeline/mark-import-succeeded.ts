import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportCounters } from "./import-counters";

/**
 * Inside the import's transaction: record success with the data's as-of date and what the import
 * found, and drop the uploaded bytes, now imported.
 */
export async function markImportSucceeded(
  tx: Tx,
  organizationId: string,
  importId: string,
  result: { counters: ImportCounters; asOf: Date | null; findings: Prisma.InputJsonValue },
) {
  await tx.pipelineImport.update({
    where: { organizationId_id: { organizationId, id: importId } },
    data: {
      ...result.counters,
      phase: null,
      asOf: result.asOf,
      findings: result.findings,
      status: "SUCCEEDED",
      finishedAt: new Date(),
    },
  });
  await tx.pipelineImportChunk.deleteMany({ where: { organizationId, importId } });
}
