import { unsubscribeLinks, unsubscribeToken } from "@/lib/auth/unsubscribe-token";
import { claimAllSubmittedAlert } from "@/lib/data/snapshot/claim-all-submitted-alert";
import { getAlertAudience } from "@/lib/data/snapshot/get-alert-audience";
import { escapeHtml } from "@/lib/mail/escape-html";
import { sendMail } from "@/lib/mail/send-mail";

type Audience = NonNullable<Awaited<ReturnType<typeof getAlertAudience>>>;
type Alert = "submitted" | "all-submitted";

/**
 * Who hears that leaders answered: the consultant who started the Snapshot, while still a member
 * (as owner or admin) of the organization that bought it, since they run the engagement and a consultancy's owners
 * should not hear about every leader of every client. When the creator is gone (or unknown),
 * the buying organization's owners and admins hear instead, so the news never reaches no one.
 * Each person's own alert settings are respected.
 */
export function alertRecipients(audience: Pick<Audience, "members" | "createdById">, alert: Alert) {
  const leaders = audience.members.filter((m) => m.role === "OWNER" || m.role === "ADMIN");
  const creator = leaders.find((m) => m.user.id === audience.createdById);
  const people = (creator ? [creator] : leaders).map((m) => m.user);
  return people.filter((user) =>
    alert === "submitted" ? user.alertSnapshotSubmitted : user.alertSnapshotAllSubmitted,
  );
}

function alertMail(options: {
  to: { id: string; email: string; name: string | null };
  alert: Alert;
  subject: string;
  lead: string;
  snapshotUrl: string;
  unsubscribe: { page: string; oneClick: string };
  settingsUrl: string;
}) {
  const { to, subject, lead, snapshotUrl, unsubscribe, settingsUrl } = options;
  const unsubscribeUrl = unsubscribe.page;
  const stop =
    options.alert === "submitted"
      ? "Stop these emails about each leader's answers"
      : "Stop these emails about a Snapshot's last answers";
  return {
    to: to.email,
    subject,
    unsubscribeUrl: unsubscribe.oneClick,
    text: [
      lead,
      "",
      "Open the Snapshot:",
      snapshotUrl,
      "",
      `${stop}: ${unsubscribeUrl}`,
      `Choose which alerts you get: ${settingsUrl}`,
    ].join("\n"),
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5">
<p>${escapeHtml(lead)}</p>
<p><a href="${escapeHtml(snapshotUrl)}" style="display:inline-block;background:#4f46e5;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none;font-weight:600">Open the Snapshot</a></p>
<p style="color:#475569;font-size:13px"><a href="${escapeHtml(unsubscribeUrl)}" style="color:#475569">${escapeHtml(stop)}</a> · <a href="${escapeHtml(settingsUrl)}" style="color:#475569">Choose which alerts you get</a></p>
</body></html>`,
  };
}

/**
 * Tell the consultant that a leader sent answers, and once everyone invited has, that too.
 * Called after a first submission; a repeated submission alerts no one.
 */
export async function sendSubmissionAlerts(
  submission: { organizationId: string; snapshotId: string; respondentId: string },
  baseUrl: string,
) {
  const audience = await getAlertAudience(submission);
  if (!audience?.respondent) return;
  const { company, respondent } = audience;
  const snapshotUrl = `${baseUrl}/o/${company.slug}/snapshots/${submission.snapshotId}`;
  const settingsUrl = `${baseUrl}/o/${audience.buyerSlug}/settings#email-alerts`;
  const who = respondent.name ? `${respondent.name} (${respondent.email})` : respondent.email;
  const send = async (alert: Alert, subject: string, lead: string) => {
    for (const user of alertRecipients(audience, alert)) {
      const token = unsubscribeToken({ kind: "alert", userId: user.id, alert });
      await sendMail(
        alertMail({
          to: user,
          alert,
          subject,
          lead,
          snapshotUrl,
          settingsUrl,
          unsubscribe: unsubscribeLinks(baseUrl, token),
        }),
      );
    }
  };
  await send(
    "submitted",
    `${company.name}'s Snapshot: ${respondent.name ?? respondent.email} sent their answers`,
    `${who} sent their answers to ${company.name}'s Snapshot: ${audience.submitted} of ${audience.invited} invited leaders have answered.`,
  );
  if (await claimAllSubmittedAlert(submission.organizationId, submission.snapshotId)) {
    await send(
      "all-submitted",
      `${company.name}'s Snapshot: every leader has answered`,
      `All ${audience.invited} leaders invited to ${company.name}'s Snapshot have sent their answers. You can close answering and write the assessment.`,
    );
  }
}
