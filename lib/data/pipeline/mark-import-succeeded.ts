import type { Tx } from "@/lib/db";
import type { ImportCounters } from "./import-counters";

/** Inside the import's transaction: record success and drop the uploaded bytes, now imported. */
export async function markImportSucceeded(
  tx: Tx,
  organizationId: string,
  importId: string,
  counters: ImportCounters,
) {
  await tx.pipelineImport.update({
    where: { organizationId_id: { organizationId, id: importId } },
    data: { ...counters, status: "SUCCEEDED", finishedAt: new Date() },
  });
  await tx.pipelineImportChunk.deleteMany({ where: { organizationId, importId } });
}
