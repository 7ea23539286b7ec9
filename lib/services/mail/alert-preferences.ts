import { z } from "zod";
import type { OrgContext } from "@/lib/auth/guard";
import { getAlertPreferences } from "@/lib/data/user/get-alert-preferences";
import { setAlertPreferences } from "@/lib/data/user/set-alert-preferences";

/** The "Email alerts" form: which Snapshot alerts the signed-in person gets. */
export const ZAlertPreferencesRequest = z.object({
  orgSlug: z.string(),
  alertSnapshotSubmitted: z.boolean(),
  alertSnapshotAllSubmitted: z.boolean(),
});

/** One's own alerts: they follow the person, in every organization they belong to. */
export function loadAlertPreferences(ctx: OrgContext) {
  return getAlertPreferences(ctx.user.id);
}

export async function saveAlertPreferences(
  ctx: OrgContext,
  request: z.infer<typeof ZAlertPreferencesRequest>,
) {
  await setAlertPreferences(ctx.user.id, {
    alertSnapshotSubmitted: request.alertSnapshotSubmitted,
    alertSnapshotAllSubmitted: request.alertSnapshotAllSubmitted,
  });
}
