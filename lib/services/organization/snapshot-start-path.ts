import type { SessionUser } from "@/lib/auth/guard";
import { listMembershipsForUser } from "@/lib/data/membership/list-memberships-for-user";
import { can } from "@/lib/domain/organization/permissions";

/**
 * Where "Get the Snapshot" takes a signed-in person: the Snapshots page of the one company they
 * may buy for, or their organizations page to create that company (or pick among several).
 */
export async function snapshotStartPath(user: SessionUser): Promise<string> {
  const memberships = await listMembershipsForUser(user.id);
  const buyers = memberships.filter(
    (m) => m.organization.kind === "COMPANY" && can(m.role, "billing"),
  );
  const only = buyers.length === 1 ? buyers[0] : undefined;
  return only ? `/o/${only.organization.slug}/snapshots` : "/o?snapshot=1";
}
