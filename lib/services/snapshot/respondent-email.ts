import { escapeHtml } from "@/lib/mail/escape-html";
import type { OutgoingMail } from "@/lib/mail/send-mail";

/** The invitation to answer a Snapshot, or a reminder of it (with the link that replaces the first). */
export function respondentEmail(options: {
  to: string;
  name: string | null;
  inviter: string;
  companyName: string;
  roleLabel: string;
  url: string;
  reminder: boolean;
  /** A reminder that had to replace a link made before links were kept. */
  linkReplaced?: boolean;
}): OutgoingMail {
  const {
    to,
    name,
    inviter,
    companyName,
    roleLabel,
    url,
    reminder,
    linkReplaced = false,
  } = options;
  const greeting = name ? `Hello ${name},` : "Hello,";
  const lead = reminder
    ? `A reminder: ${companyName}'s Snapshot is still waiting for your answers as ${roleLabel.toLowerCase()}. Your earlier answers are saved; ${linkReplaced ? "this link replaces the one sent before" : "the link is the same as before"}.`
    : `${inviter} asked you to answer ${companyName}'s Snapshot as ${roleLabel.toLowerCase()}: about forty questions on how the company positions itself, markets, sells and keeps its pipeline honest, each with room for the evidence behind your answer.`;
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
