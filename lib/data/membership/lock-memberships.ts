import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/domain/organization/permissions";

/**
 * The organization's memberships, locked until the transaction ends, so two owners demoting each
 * other at the same moment cannot leave the organization without one.
 */
export async function lockMemberships(tx: Tx, organizationId: string) {
  return tx.$queryRaw<{ userId: string; role: Role }[]>`
    select "userId", role::text as role from "Membership"
    where "organizationId" = ${organizationId}::uuid
    for update`;
}
