/**
 * Mail relayed over SMTP is recorded without its body. The relay is a real SMTP server on
 * loopback, so nodemailer and the app's sending code run exactly as in production.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startSmtpServer } from "../support/smtp-server";
import { query } from "../support/test-database";

const ownerUrl = inject("ownerDatabaseUrl");
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  // Read when the environment is first validated, which happens on the first send below.
  process.env.SMTP_URL = smtp.url;
});

afterAll(async () => {
  await smtp?.close().catch(() => {});
});

type StoredMail = {
  to: string;
  subject: string;
  text: string | null;
  html: string | null;
  transport: string;
  status: string;
  error: string | null;
  sentAt: Date | null;
};

/** The message as written, before quoted-printable encoding broke and escaped its lines. */
function quotedPrintableDecoded(data: string) {
  return data
    .replace(/=\r\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

async function storedMail(id: string) {
  const [row] = await query<StoredMail>(
    ownerUrl,
    `select "to", subject, text, html, transport, status, error, "sentAt" from "MailMessage" where id = $1`,
    [id],
  );
  return row!;
}

describe("mail sent over SMTP", () => {
  it("delivers the whole message and records only its envelope", async () => {
    const { sendMail } = await import("@/lib/mail/send-mail");
    const { signInEmail } = await import("@/lib/auth/sign-in-email");
    const to = `smtp-${randomUUID().slice(0, 8)}@example.com`;
    const link = `https://app.revenuechain.test/api/auth/callback/email?token=${randomUUID()}`;
    const sent = await sendMail(signInEmail(to, link, new Date(Date.now() + 15 * 60_000)));
    expect(sent.delivered).toBe(true);

    const delivered = smtp.received.find((m) => m.to.some((r) => r.includes(to)));
    expect(quotedPrintableDecoded(delivered?.data ?? "")).toContain(link);

    const row = await storedMail(sent.id);
    expect(row).toMatchObject({
      to,
      subject: "Your Revenue Chain sign-in link",
      text: null,
      html: null,
      transport: "SMTP",
      status: "SENT",
      error: null,
    });
    expect(row.sentAt).toBeInstanceOf(Date);
    const everyColumn = await query(
      ownerUrl,
      `select row_to_json(m)::text as j from "MailMessage" m where id = $1`,
      [sent.id],
    );
    expect(JSON.stringify(everyColumn)).not.toContain(link.slice(-36));
  });

  it("gives a message with an unsubscribe address the one-click headers of RFC 8058", async () => {
    const { sendMail } = await import("@/lib/mail/send-mail");
    const to = `smtp-unsub-${randomUUID().slice(0, 8)}@example.com`;
    const unsubscribeUrl = `https://app.revenuechain.test/api/unsubscribe/${randomUUID()}`;
    const sent = await sendMail({
      to,
      subject: "An alert",
      text: "Hi",
      html: "<p>Hi</p>",
      unsubscribeUrl,
    });
    expect(sent.delivered).toBe(true);
    const delivered = smtp.received.find((m) => m.to.some((r) => r.includes(to)));
    const headers = (delivered?.data ?? "").split(/\r\n\r\n/)[0]!.replace(/\r\n\s+/g, " ");
    expect(headers).toMatch(new RegExp(`^List-Unsubscribe: <${unsubscribeUrl}>`, "m"));
    expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
  });

  it("records a failed relay with its error, still without the body", async () => {
    const { sendMail } = await import("@/lib/mail/send-mail");
    await smtp.close();
    const to = `smtp-down-${randomUUID().slice(0, 8)}@example.com`;
    const sent = await sendMail({
      to,
      subject: "An invitation",
      text: "Join with https://app.revenuechain.test/invite/secret-link",
      html: "<p>Join with https://app.revenuechain.test/invite/secret-link</p>",
    });
    expect(sent.delivered).toBe(false);
    const row = await storedMail(sent.id);
    expect(row).toMatchObject({ to, text: null, html: null, transport: "SMTP", status: "FAILED" });
    expect(row.error).toBeTruthy();
    expect(row.error).not.toContain("secret-link");
  });
});
