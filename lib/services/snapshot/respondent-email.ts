import { ROLE_TITLES, type RespondentRole } from "@/lib/domain/snapshot";
import { escapeHtml } from "@/lib/mail/escape-html";
import type { OutgoingMail } from "@/lib/mail/send-mail";

/** Who sent the invitation: their name and, for a consultant, their consultancy's. */
export type Inviter = { name: string | null; organizationName: string | null };

/** "Ingrid Solberg of Fjord Advisors", or as much of it as is known; null when nothing is. */
export function inviterPhrase({ name, organizationName }: Inviter): string | null {
  const person = name?.trim() || null;
  const firm = organizationName?.trim() || null;
  if (person && firm) return `${person} of ${firm}`;
  return person ?? firm;
}

/** The role as the form offers it ("Head of sales"); "another leader" reads badly as a title. */
export function roleAsWritten(role: RespondentRole): string {
  return role === "OTHER" ? "one of its leaders" : ROLE_TITLES[role];
}

/** The invitation to answer a Snapshot, or a reminder of it (with the link that replaces the first). */
export function respondentEmail(options: {
  to: string;
  name: string | null;
  inviter: Inviter;
  companyName: string;
  role: RespondentRole;
  url: string;
  reminder: boolean;
}): OutgoingMail {
  const { to, name, inviter, companyName, url, reminder } = options;
  const role = roleAsWritten(options.role);
  const greeting = name ? `Hello ${name},` : "Hello,";
  const asker = inviterPhrase(inviter);
  const ask = asker
    ? `${asker} asked you to answer ${companyName}'s Snapshot as ${role}`
    : `You are invited to answer ${companyName}'s Snapshot as ${role}`;
  const lead = reminder
    ? `A reminder: ${companyName}'s Snapshot is still waiting for your answers as ${role}. Your earlier answers are saved; this link replaces the one sent before.`
    : `${ask}: about forty questions on how the company positions itself, markets, sells and keeps its pipeline honest, each with room for the evidence behind your answer.`;
  const text = [
    greeting,
    "",
    lead,
    "",
    "Answer here (the link is yours alone; answers are saved as you go):",
    url,
    "",
    "It takes about fifteen minutes. The other leaders answer separately; where your views differ is part of what the assessment reports.",
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5">
<p>${escapeHtml(greeting)}</p>
<p>${escapeHtml(lead)}</p>
<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#4f46e5;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none;font-weight:600">Answer the Snapshot</a></p>
<p style="color:#475569;font-size:13px">About fifteen minutes. The link is yours alone; answers are saved as you go.</p>
</body></html>`;
  return {
    to,
    subject: reminder
      ? `Reminder: ${companyName}'s Snapshot is waiting for your answers`
      : `${companyName}'s Snapshot: your answers, please`,
    text,
    html,
  };
}
