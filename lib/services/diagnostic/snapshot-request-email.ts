import type { SnapshotRequestLead } from "@/lib/data/diagnostic-assessment/claim-snapshot-request";
import { FRACTURE_INFO } from "@/lib/domain/diagnostic";
import {
  REVENUE_BAND_OPTIONS,
  ROLE_OPTIONS,
  VERTICAL_OPTIONS,
  labelFor,
} from "@/lib/domain/diagnostic/context";
import { escapeHtml } from "@/lib/mail/escape-html";
import type { OutgoingMail } from "@/lib/mail/send-mail";

const dayFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/**
 * To an owner or admin: a taker of the organization's diagnostic asked for a Snapshot. It names
 * the lead by the address they left and links to their result inside the app (for members who
 * sign in), never to the taker's private link.
 */
export function snapshotRequestEmail(options: {
  to: string;
  organizationName: string;
  lead: Omit<SnapshotRequestLead, "id" | "organizationId">;
  leadUrl: string;
}): OutgoingMail {
  const { to, organizationName, lead, leadUrl } = options;
  const context = [
    labelFor(ROLE_OPTIONS, lead.role),
    labelFor(REVENUE_BAND_OPTIONS, lead.revenueBand),
    labelFor(VERTICAL_OPTIONS, lead.vertical),
  ].filter(Boolean);
  const headline = lead.primary
    ? `Costliest fracture: ${FRACTURE_INFO[lead.primary].name}.`
    : "No fracture scored above the threshold.";
  const who = context.length > 0 ? `${lead.email} (${context.join(", ")})` : lead.email;
  const text = [
    `${who} asked ${organizationName} for a Snapshot after taking your Revenue Leak Diagnostic on ${dayFormat.format(lead.createdAt)}.`,
    headline,
    "",
    "They were told you have been notified and will be in touch. Their result and answers:",
    leadUrl,
    "",
    `Reply to ${lead.email} to arrange the Snapshot.`,
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5">
<h1 style="font-size:20px">${escapeHtml(lead.email)} asked for a Snapshot</h1>
<p>${escapeHtml(who)} took your Revenue Leak Diagnostic on ${escapeHtml(dayFormat.format(lead.createdAt))} and asked ${escapeHtml(organizationName)} for a Snapshot. ${escapeHtml(headline)}</p>
<p>They were told you have been notified and will be in touch.</p>
<p><a href="${escapeHtml(leadUrl)}" style="display:inline-block;background:#4f46e5;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none;font-weight:600">Open the lead</a></p>
<p style="color:#475569;font-size:13px">Reply to ${escapeHtml(lead.email)} to arrange it.</p>
</body></html>`;
  return { to, subject: `Snapshot request from ${lead.email}`, text, html };
}
