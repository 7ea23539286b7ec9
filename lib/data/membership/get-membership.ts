import { scoped } from "@/lib/db";
import { ORGANIZATION_CONTEXT_SELECT } from "../organization/organization-context-select";

/** The user's membership in the organization with this slug, or null: the only way into a tenant. */
export async function getMembership(userId: string, organizationSlug: string) {
  return scoped({ userId }, (tx) =>
    tx.membership.findFirst({
      where: { userId, organization: { slug: organizationSlug } },
      select: {
        role: true,
        organization: { select: ORGANIZATION_CONTEXT_SELECT },
      },
    }),
  );
}
