import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

/**
 * Save who leads marketing and sales and the review rhythm. Each lead must
 * be a member, and one person cannot hold both: the standard needs two signatures.
 */
export async function updateScoreboardSettings(options: {
  organizationId: string;
  marketingLeadId: string | null;
  salesLeadId: string | null;
  cadence: "WEEKLY" | "BIWEEKLY" | "QUARTERLY";
  anchorDate: Date;
  actor: AuditActor;
}) {
  const { organizationId, actor, ...settings } = options;
  if (settings.marketingLeadId && settings.marketingLeadId === settings.salesLeadId)
    throw new AppError(
      "INVALID_INPUT",
      "Marketing and sales need two different leads: the standard is signed by both.",
    );
  return withTenant(organizationId, async (tx) => {
    const leads = [settings.marketingLeadId, settings.salesLeadId].filter(
      (id): id is string => id !== null,
    );
    const members = await tx.membership.count({
      where: { organizationId, userId: { in: leads } },
    });
    if (members !== leads.length)
      throw new AppError("INVALID_INPUT", "Each lead must be a member of the organization.");
    const data = { ...settings } satisfies Omit<
      Prisma.ScoreboardSettingsUncheckedCreateInput,
      "organizationId"
    >;
    await tx.scoreboardSettings.upsert({
      where: { organizationId },
      create: { organizationId, ...data },
      update: data,
    });
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: "scoreboard.settings_changed",
      targetType: "organization",
      targetId: organizationId,
      details: {
        marketingLeadId: settings.marketingLeadId,
        salesLeadId: settings.salesLeadId,
        cadence: settings.cadence,
      },
    });
  });
}
