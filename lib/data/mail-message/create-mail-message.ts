import { db } from "@/lib/db";

/**
 * Record one outgoing message. `text` and `html` are null for mail relayed over SMTP: its body
 * carries sign-in and private links, and once relayed it is the recipient's to keep, not ours.
 */
export async function createMailMessage(message: {
  to: string;
  subject: string;
  text: string | null;
  html: string | null;
  transport: "SMTP" | "OUTBOX";
  diagnosticAssessmentId?: string | null;
}) {
  return db.mailMessage.create({
    data: { ...message, status: message.transport === "OUTBOX" ? "SENT" : "PENDING" },
    select: { id: true },
  });
}
