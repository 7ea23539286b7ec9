import { withTenant } from "@/lib/db";
import type { ImportCounters, ImportRefusal } from "./import-counters";

/**
 * Store an import's counters and a run of refused rows on a short transaction of their own, so
 * the page can show them while the import's own transaction is still open. `firstSeq` numbers
 * the refusals after those already stored. Returns whether someone asked to cancel.
 */
export async function recordImportProgress(
  organizationId: string,
  importId: string,
  counters: ImportCounters,
  refusals: ImportRefusal[],
  firstSeq: number,
): Promise<{ cancelRequested: boolean }> {
  return withTenant(organizationId, async (tx) => {
    if (refusals.length > 0) {
      await tx.pipelineImportProblem.createMany({
        data: refusals.map((p, i) => ({
          organizationId,
          importId,
          seq: firstSeq + i,
          file: p.file,
          line: p.line,
          column: p.column,
          reason: p.reason,
        })),
      });
    }
    const row = await tx.pipelineImport.update({
      where: { organizationId_id: { organizationId, id: importId } },
      data: counters,
      select: { cancelRequestedAt: true },
    });
    return { cancelRequested: row.cancelRequestedAt !== null };
  });
}
