import { newKeptLinkToken, openLinkToken } from "@/lib/auth/link-cipher";
import { unsubscribeLinks, unsubscribeToken } from "@/lib/auth/unsubscribe-token";
import type { AuditActor } from "@/lib/data/audit/record-audit-event";
import { listReminderCandidates } from "@/lib/data/snapshot/list-reminder-candidates";
import { recordRespondentReminder } from "@/lib/data/snapshot/record-respondent-reminder";
import { listOrganizationIds } from "@/lib/data/scoreboard/list-organization-ids";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { escapeHtml } from "@/lib/mail/escape-html";
import { sendMail, type OutgoingMail } from "@/lib/mail/send-mail";
import { dueForReminder } from "@/lib/domain/snapshot";
import { respondentEmail, type Inviter } from "./respondent-email";

/** The reminder with its way out: a line in the message and the one-click headers. */
function withUnsubscribe(mail: OutgoingMail, links: { page: string; oneClick: string }) {
  const line = "No more reminders about this Snapshot";
  return {
    ...mail,
    unsubscribeUrl: links.oneClick,
    text: `${mail.text}\n\n${line}: ${links.page}`,
    html: mail.html.replace(
      "</body>",
      `<p style="color:#475569;font-size:13px"><a href="${escapeHtml(links.page)}" style="color:#475569">${line}</a></p>\n</body>`,
    ),
  };
}

/**
 * Remind one leader who has not sent answers, with the link they already have, so a tab left
 * open keeps working. Only a link that cannot be sent again (made before links were kept, or kept
 * under an earlier LINK_ENCRYPTION_KEY) is replaced. `actor` null is the
 * automatic reminder. Refusals (answered, unsubscribed, reminded a moment ago) throw CONFLICT.
 */
export async function sendRespondentReminder(
  options: {
    organizationId: string;
    snapshotId: string;
    respondentId: string;
    companyName: string;
    inviter: Inviter;
    actor: AuditActor | null;
    now?: Date;
  },
  baseUrl: string,
) {
  const { organizationId, companyName, inviter } = options;
  const fresh = newKeptLinkToken("snapshot-respondent");
  const respondent = await recordRespondentReminder({
    ...options,
    replacement: { tokenHash: fresh.tokenHash, tokenSealed: fresh.tokenSealed },
    reusable: (sealed) => openLinkToken("snapshot-respondent", sealed) !== null,
  });
  const token = respondent.linkReplaced
    ? fresh.token
    : openLinkToken("snapshot-respondent", respondent.tokenSealed);
  if (!token) throw new Error("A respondent link checked as reusable did not open.");
  const stop = unsubscribeToken({
    kind: "reminders",
    organizationId,
    respondentId: respondent.id,
  });
  await sendMail(
    withUnsubscribe(
      respondentEmail({
        to: respondent.email,
        name: respondent.name,
        inviter,
        companyName,
        role: respondent.role,
        url: `${baseUrl}/s/${token}`,
        reminder: true,
        linkReplaced: respondent.linkReplaced,
      }),
      unsubscribeLinks(baseUrl, stop),
    ),
  );
}

/**
 * The automatic reminders: every leader due one (SNAPSHOT_REMINDER_DAYS after the invitation or
 * the last reminder, at most SNAPSHOT_REMINDER_MAX) gets their own link again. Run by the job
 * queue every hour; each reminder is claimed in Postgres, so a second run or instance sends
 * nothing twice. Returns how many were sent.
 */
export async function sendDueSnapshotReminders(now: Date, baseUrl: string): Promise<number> {
  const { SNAPSHOT_REMINDER_DAYS: days, SNAPSHOT_REMINDER_MAX: max } = env();
  if (days === 0 || max === 0) return 0;
  let sent = 0;
  for (const org of await listOrganizationIds()) {
    const due = dueForReminder(await listReminderCandidates(org.id), { days, max }, now);
    for (const respondent of due) {
      try {
        await sendRespondentReminder(
          {
            organizationId: org.id,
            snapshotId: respondent.snapshotId,
            respondentId: respondent.id,
            companyName: respondent.snapshot.organization.name,
            // A reminder names no inviter: it only says the Snapshot still waits.
            inviter: { name: null, organizationName: null },
            actor: null,
            now,
          },
          baseUrl,
        );
        sent++;
      } catch (error) {
        // Answered, closed or reminded by someone else since the list was read: nothing to send.
        if (isAppError(error) && error.code === "CONFLICT") continue;
        log.error({ err: error, respondentId: respondent.id }, "snapshot reminder failed");
      }
    }
  }
  return sent;
}
