import { scoped, setTenant } from "@/lib/db";
import type { Role } from "@/lib/domain/organization/permissions";
import { ORGANIZATION_CONTEXT_SELECT } from "../organization/organization-context-select";

/** What a consultant may do at a client: their consultancy role, at most admin. */
function clientRoleFor(consultancyRole: Role): Role {
  return consultancyRole === "OWNER" ? "ADMIN" : consultancyRole;
}

/**
 * Access to a client organization through an active engagement of one of the user's
 * consultancies, or null. Read consultancy by consultancy, each inside its own tenant.
 */
export async function findEngagementAccess(userId: string, clientSlug: string) {
  return scoped({ userId }, async (tx) => {
    const consultancies = await tx.membership.findMany({
      where: { userId, organization: { kind: "CONSULTANCY" } },
      select: { role: true, organization: { select: { id: true, name: true } } },
    });
    for (const { role, organization: consultancy } of consultancies) {
      await setTenant(tx, consultancy.id);
      const engagement = await tx.engagement.findFirst({
        where: { consultancyId: consultancy.id, status: "ACTIVE", client: { slug: clientSlug } },
        select: { client: { select: ORGANIZATION_CONTEXT_SELECT } },
      });
      if (engagement) {
        return {
          role: clientRoleFor(role),
          organization: engagement.client,
          via: consultancy.name,
        };
      }
    }
    return null;
  });
}
