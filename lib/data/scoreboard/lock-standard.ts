import type { Tx } from "@/lib/db";

/**
 * Writes to one organization's standard queue up behind each other (a new version and a
 * signature arriving together must not both see the old latest version).
 */
export async function lockStandard(tx: Tx, organizationId: string) {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`standard:${organizationId}`}))`;
}
