import { withTenant } from "@/lib/db";

export type ScoreboardSettingsView = {
  marketingLeadId: string | null;
  salesLeadId: string | null;
  cadence: "WEEKLY" | "BIWEEKLY" | "QUARTERLY";
  anchorDate: Date;
  lastReminderFor: Date | null;
  configured: boolean;
};

const today = () => new Date(new Date().toISOString().slice(0, 10));

/** The organization's scoreboard settings, or the defaults when none are saved yet. */
export async function getScoreboardSettings(
  organizationId: string,
): Promise<ScoreboardSettingsView> {
  const row = await withTenant(organizationId, (tx) =>
    tx.scoreboardSettings.findUnique({ where: { organizationId } }),
  );
  if (!row)
    return {
      marketingLeadId: null,
      salesLeadId: null,
      cadence: "BIWEEKLY",
      anchorDate: today(),
      lastReminderFor: null,
      configured: false,
    };
  return { ...row, configured: true };
}
