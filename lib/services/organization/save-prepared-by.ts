import type { OrgContext } from "@/lib/auth/guard";
import { setPreparedBy } from "@/lib/data/organization/set-prepared-by";
import type { TPreparedBySetting } from "@/lib/domain/organization/prepared-by";

/** The "prepared by" block on the organization's reports (already parsed). */
export function savePreparedBy(ctx: OrgContext, setting: TPreparedBySetting) {
  const { orgSlug: _slug, ...preparedBy } = setting;
  return setPreparedBy({
    organizationId: ctx.organization.id,
    preparedBy,
    actor: { userId: ctx.user.id, email: ctx.user.email },
  });
}
