import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { importNotFound } from "./import-not-found";

/**
 * Cancel: a queued import stops at once; a running one at its next batch, when the job rolls back
 * its transaction.
 */
export async function cancelImport(organizationId: string, importId: string) {
  return withTenant(organizationId, async (tx) => {
    const found = await tx.pipelineImport.findFirst({
      where: { organizationId, id: importId },
      select: { status: true },
    });
    if (!found) importNotFound();
    const where = { organizationId_id: { organizationId, id: importId } };
    if (found.status === "DRAFT" || found.status === "QUEUED") {
      await tx.pipelineImport.update({
        where,
        data: { status: "CANCELLED", finishedAt: new Date() },
      });
    } else if (found.status === "RUNNING") {
      await tx.pipelineImport.update({ where, data: { cancelRequestedAt: new Date() } });
    } else {
      throw new AppError("CONFLICT", "This import has already finished.");
    }
  });
}
