import type { OrgContext } from "@/lib/auth/guard";
import { listEngagements } from "@/lib/data/engagement/list-engagements";

/**
 * Engagements seen from this organization's side: its clients when it is a consultancy, the
 * consultancies it brought in otherwise.
 */
export async function listOwnEngagements(ctx: OrgContext) {
  const own = ctx.organization.slug;
  const consultancy = ctx.organization.kind === "CONSULTANCY";
  return (await listEngagements(ctx.organization.id)).filter((e) =>
    consultancy ? e.consultancy.slug === own : e.client.slug === own,
  );
}
