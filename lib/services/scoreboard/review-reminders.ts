import { listMembers } from "@/lib/data/membership/list-members";
import { claimReviewReminder } from "@/lib/data/scoreboard/claim-review-reminder";
import { listOrganizationIds } from "@/lib/data/scoreboard/list-organization-ids";
import { listReviews } from "@/lib/data/scoreboard/list-reviews";
import { getScoreboardSettings } from "@/lib/data/scoreboard/get-scoreboard-settings";
import { escapeHtml } from "@/lib/mail/escape-html";
import { sendMail } from "@/lib/mail/send-mail";
import { nextReviewDate, reminderDue } from "@/lib/domain/scoreboard";

const dayFormat = new Intl.DateTimeFormat("en-US", {
  weekday: "long",
  month: "long",
  day: "numeric",
  timeZone: "UTC",
});

/** Who hears about a review: the two leads, and the owners and admins who run the meeting. */
function recipients(
  members: Awaited<ReturnType<typeof listMembers>>,
  leads: (string | null)[],
): string[] {
  return [
    ...new Set(
      members
        .filter((m) => leads.includes(m.user.id) || m.role === "OWNER" || m.role === "ADMIN")
        .map((m) => m.user.email),
    ),
  ];
}

/**
 * Send the reminder for every organization whose next review is due within a day and has not
 * been announced yet. Run by the job queue every hour; safe to run as often as wanted.
 * Returns how many organizations were reminded.
 */
export async function sendDueReviewReminders(now: Date, baseUrl: string): Promise<number> {
  let sent = 0;
  for (const org of await listOrganizationIds()) {
    const settings = await getScoreboardSettings(org.id);
    if (!settings.configured) continue;
    const [last] = await listReviews(org.id);
    const next = nextReviewDate({
      cadence: settings.cadence,
      anchor: settings.anchorDate,
      lastReviewAt: last?.reviewDate ?? null,
      now,
    });
    if (!reminderDue({ nextReview: next, now, lastReminderFor: settings.lastReminderFor }))
      continue;
    if (!(await claimReviewReminder(org.id, next))) continue;
    const to = recipients(await listMembers(org.id), [
      settings.marketingLeadId,
      settings.salesLeadId,
    ]);
    const when = dayFormat.format(next);
    const url = `${baseUrl}/o/${org.slug}/scoreboard`;
    for (const address of to) {
      await sendMail({
        to: address,
        subject: `Pipeline review ${when}: ${org.name}`,
        text: [
          `${org.name}'s pipeline review is on ${when}.`,
          "",
          "Before it, look at the scoreboard: the stale and unclear deals each need a decision, advance with a next step or eliminate with a reason.",
          url,
        ].join("\n"),
        html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5">
<p>${escapeHtml(org.name)}'s pipeline review is on <strong>${escapeHtml(when)}</strong>.</p>
<p>Before it, look at the scoreboard: the stale and unclear deals each need a decision, advance with a next step or eliminate with a reason.</p>
<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#4f46e5;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none;font-weight:600">Open the scoreboard</a></p>
</body></html>`,
      });
    }
    sent++;
  }
  return sent;
}
