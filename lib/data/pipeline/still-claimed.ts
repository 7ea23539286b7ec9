import type { Tx } from "@/lib/db";

/**
 * Inside the import's transaction, once it holds the organization's pipeline lock: whether this
 * worker's claim still stands. A second worker that picked up the same import meanwhile has
 * replaced it, or finished it; either way this one steps aside.
 */
export async function stillClaimed(
  tx: Tx,
  organizationId: string,
  importId: string,
  claimedAt: Date,
): Promise<boolean> {
  const row = await tx.pipelineImport.findFirst({
    where: { organizationId, id: importId },
    select: { status: true, startedAt: true },
  });
  return row?.status === "RUNNING" && row.startedAt?.getTime() === claimedAt.getTime();
}
