import { withTenant } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ensureStages } from "./ensure-stages";

export type ClaimedImport = {
  options: unknown;
  files: { index: number; name: string; format: string; dialect: unknown }[];
  /** The organization's currency: every amount is converted to it or left out. */
  currency: string;
  /** This claim's mark: a second worker that claimed the same import after it replaces it. */
  claimedAt: Date;
};

const ZERO_PROGRESS = {
  bytesDone: 0,
  rowsDone: 0,
  rowsImported: 0,
  rowsRejected: 0,
  stageMoves: 0,
} as const;

/**
 * Take a queued import for a worker: mark it running with its counters reset and its earlier
 * refusals cleared. Null when there is nothing to do (finished, cancelled, or gone). RUNNING is
 * taken too: it means an earlier attempt died mid-way, and its transaction rolled back.
 */
export async function claimImport(
  organizationId: string,
  importId: string,
): Promise<ClaimedImport | null> {
  const where = { organizationId_id: { organizationId, id: importId } };
  return withTenant(organizationId, async (tx) => {
    const found = await tx.pipelineImport.findFirst({
      where: { organizationId, id: importId },
      select: {
        status: true,
        cancelRequestedAt: true,
        options: true,
        files: {
          select: { index: true, name: true, format: true, dialect: true },
          orderBy: { index: "asc" },
        },
        organization: { select: { currency: true } },
      },
    });
    if (!found || (found.status !== "QUEUED" && found.status !== "RUNNING")) return null;
    if (found.cancelRequestedAt) {
      await tx.pipelineImport.update({
        where,
        data: { status: "CANCELLED", finishedAt: new Date() },
      });
      return null;
    }
    const claimedAt = new Date();
    await tx.pipelineImport.update({
      where,
      data: {
        status: "RUNNING",
        startedAt: claimedAt,
        ...ZERO_PROGRESS,
        dealsImported: 0,
        historyRows: 0,
        rowsLeftOut: 0,
        phase: "checking",
        findings: Prisma.DbNull,
        error: null,
      },
    });
    await tx.pipelineImportProblem.deleteMany({ where: { organizationId, importId } });
    await ensureStages(tx, organizationId);
    return {
      options: found.options,
      files: found.files,
      currency: found.organization.currency,
      claimedAt,
    };
  });
}
