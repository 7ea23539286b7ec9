import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ImportOptions } from "@/lib/domain/pipeline/import";
import { importNotFound } from "./import-not-found";

/** The mapping is chosen: queue the import. A failed or cancelled import can be queued again. */
export async function queueImport(
  organizationId: string,
  importId: string,
  options: ImportOptions,
) {
  return withTenant(organizationId, async (tx) => {
    const found = await tx.pipelineImport.findFirst({
      where: { organizationId, id: importId },
      select: { status: true, _count: { select: { files: true } } },
    });
    if (!found) importNotFound();
    if (found._count.files === 0) throw new AppError("INVALID_INPUT", "Upload a file first.");
    if (!["DRAFT", "FAILED", "CANCELLED"].includes(found.status))
      throw new AppError("CONFLICT", "This import is already queued or done.");
    await tx.pipelineImport.update({
      where: { organizationId_id: { organizationId, id: importId } },
      data: {
        status: "QUEUED",
        options,
        queuedAt: new Date(),
        cancelRequestedAt: null,
        error: null,
        bytesDone: 0,
        rowsDone: 0,
        rowsImported: 0,
        rowsRejected: 0,
        stageMoves: 0,
      },
    });
  });
}
