import nodemailer, { type Transporter } from "nodemailer";
import { createMailMessage } from "@/lib/data/mail-message/create-mail-message";
import { markMailMessage } from "@/lib/data/mail-message/mark-mail-message";
import { env } from "@/lib/env";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /**
   * A one-click unsubscribe address (RFC 8058): sent as List-Unsubscribe with
   * List-Unsubscribe-Post, so mail clients offer it and unsubscribe by POST without a page.
   */
  unsubscribeUrl?: string;
};

/** What a message is about, recorded beside it so it can be erased with what it was about. */
export type MailAbout = { diagnosticAssessmentId?: string };

let transporter: Transporter | undefined;

/**
 * Send one message. Every message is recorded first; with SMTP_URL it is then relayed and marked
 * sent or failed, without it the record itself is the delivery (the local outbox).
 * Returns whether the message went out; a relay failure is recorded, not thrown.
 *
 * A relayed message is recorded without its body (recipient, subject, status and times only):
 * bodies hold sign-in, invitation, respondent and result links, which must not outlive the
 * mail in our database. The local outbox keeps the whole message, since it is the mailbox.
 */
export async function sendMail(
  mail: OutgoingMail,
  about: MailAbout = {},
): Promise<{ id: string; delivered: boolean }> {
  const { SMTP_URL, EMAIL_FROM } = env();
  const { unsubscribeUrl, ...message } = mail;
  const { id } = await createMailMessage({
    ...(SMTP_URL
      ? { to: mail.to, subject: mail.subject, text: null, html: null, transport: "SMTP" }
      : { ...message, transport: "OUTBOX" }),
    diagnosticAssessmentId: about.diagnosticAssessmentId ?? null,
  });
  if (!SMTP_URL) return { id, delivered: true };

  transporter ??= nodemailer.createTransport(SMTP_URL);
  try {
    await transporter.sendMail({
      from: EMAIL_FROM,
      ...message,
      ...(unsubscribeUrl
        ? {
            list: { unsubscribe: unsubscribeUrl },
            headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
          }
        : {}),
    });
    await markMailMessage(id, { sent: true });
    return { id, delivered: true };
  } catch (error) {
    await markMailMessage(id, {
      sent: false,
      error: error instanceof Error ? error.message : String(error),
    });
    return { id, delivered: false };
  }
}
