import { z } from "zod";
import type { OrgContext } from "@/lib/auth/guard";
import { updateScoreboardSettings } from "@/lib/data/scoreboard/update-scoreboard-settings";
import { CADENCES } from "@/lib/domain/scoreboard";

const ZLead = z
  .union([z.uuid(), z.literal("")])
  .transform((v) => v || null)
  .default("");

export const ZScoreboardSettingsRequest = z.object({
  orgSlug: z.string(),
  marketingLeadId: ZLead,
  salesLeadId: ZLead,
  cadence: z.enum(CADENCES, { error: "Choose weekly, every two weeks or quarterly." }),
  anchorDate: z.iso.date({ error: "Give the first review day as a date." }),
});

export function saveScoreboardSettings(
  ctx: OrgContext,
  request: z.infer<typeof ZScoreboardSettingsRequest>,
) {
  return updateScoreboardSettings({
    organizationId: ctx.organization.id,
    marketingLeadId: request.marketingLeadId,
    salesLeadId: request.salesLeadId,
    cadence: request.cadence,
    anchorDate: new Date(`${request.anchorDate}T00:00:00Z`),
    actor: { userId: ctx.user.id, email: ctx.user.email },
  });
}
