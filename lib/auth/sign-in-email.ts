import { escapeHtml } from "@/lib/mail/escape-html";
import type { OutgoingMail } from "@/lib/mail/send-mail";

export function signInEmail(to: string, url: string, expires: Date): OutgoingMail {
  const minutes = Math.max(1, Math.round((expires.getTime() - Date.now()) / 60_000));
  const text = [
    "Sign in to Revenue Chain",
    "",
    `Open this link to sign in. It works once and expires in ${minutes} minutes:`,
    url,
    "",
    "If you did not ask to sign in, ignore this message: nothing happens without the link.",
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5">
<h1 style="font-size:20px">Sign in to Revenue Chain</h1>
<p>Open this link to sign in. It works once and expires in ${minutes} minutes.</p>
<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#4f46e5;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none;font-weight:600">Sign in</a></p>
<p style="color:#475569;font-size:13px">If you did not ask to sign in, ignore this message: nothing happens without the link.</p>
</body></html>`;
  return { to, subject: "Your Revenue Chain sign-in link", text, html };
}
