import type { SessionUser } from "@/lib/auth/guard";
import { listOwnSignIns } from "@/lib/data/audit/list-own-sign-ins";
import { listMembershipsForUser } from "@/lib/data/membership/list-memberships-for-user";

/** The signed-in home: the user's organizations and their own recent sign-ins. */
export async function loadOrganizationsHome(user: SessionUser) {
  const [memberships, signIns] = await Promise.all([
    listMembershipsForUser(user.id),
    listOwnSignIns(user.id),
  ]);
  return { memberships, signIns };
}
