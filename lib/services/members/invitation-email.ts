import { escapeHtml } from "@/lib/mail/escape-html";
import type { OutgoingMail } from "@/lib/mail/send-mail";

export function invitationEmail(options: {
  to: string;
  inviter: string;
  organizationName: string;
  roleLabel: string;
  url: string;
  days: number;
}): OutgoingMail {
  const { to, inviter, organizationName, roleLabel, url, days } = options;
  const text = [
    `${inviter} invited you to join ${organizationName} on Revenue Chain as ${roleLabel.toLowerCase()}.`,
    "",
    `Accept the invitation (the link expires in ${days} days):`,
    url,
    "",
    "Sign in with this email address to accept. If you were not expecting this, ignore it.",
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5">
<h1 style="font-size:20px">Join ${escapeHtml(organizationName)} on Revenue Chain</h1>
<p>${escapeHtml(inviter)} invited you as ${escapeHtml(roleLabel.toLowerCase())}.</p>
<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#4f46e5;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none;font-weight:600">Accept the invitation</a></p>
<p style="color:#475569;font-size:13px">The link expires in ${days} days. Sign in with this email address to accept.</p>
</body></html>`;
  return { to, subject: `Join ${organizationName} on Revenue Chain`, text, html };
}
