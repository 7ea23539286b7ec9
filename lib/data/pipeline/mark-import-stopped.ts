import { withTenant } from "@/lib/db";
import type { ImportCounters } from "./import-counters";

/** After the import's transaction rolled back: say why it stopped, keeping the counters seen. */
export async function markImportStopped(
  organizationId: string,
  importId: string,
  counters: ImportCounters,
  status: "CANCELLED" | "FAILED",
  message: string,
) {
  await withTenant(organizationId, (tx) =>
    tx.pipelineImport.update({
      where: { organizationId_id: { organizationId, id: importId } },
      data: { ...counters, phase: null, status, error: message, finishedAt: new Date() },
    }),
  );
}
