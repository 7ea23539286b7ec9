import type { Tx } from "@/lib/db";

/**
 * Inside a transaction: wait for any other import, undo or deletion of this organization's
 * pipeline to finish first. Different organizations never wait on each other.
 */
export async function lockPipeline(tx: Tx, organizationId: string) {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`pipeline:${organizationId}`}, 0))`;
}
