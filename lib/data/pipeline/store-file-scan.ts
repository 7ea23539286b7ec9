import { withTenant } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FileScan } from "@/lib/domain/pipeline/import";

/** A file's scan as it goes (bytes read), and its result or why it failed. */
export async function storeFileScan(
  organizationId: string,
  importId: string,
  fileIndex: number,
  update: { scannedBytes: number; scan?: FileScan; error?: string },
) {
  await withTenant(organizationId, (tx) =>
    tx.pipelineImportFile.updateMany({
      where: { organizationId, importId, index: fileIndex },
      data: {
        scannedBytes: update.scannedBytes,
        ...(update.scan ? { scan: update.scan as unknown as Prisma.InputJsonValue } : {}),
        ...(update.error !== undefined ? { scanError: update.error || null } : {}),
      },
    }),
  );
}
