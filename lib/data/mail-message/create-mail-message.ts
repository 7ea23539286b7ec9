import { db } from "@/lib/db";

export async function createMailMessage(message: {
  to: string;
  subject: string;
  text: string;
  html: string;
  transport: "SMTP" | "OUTBOX";
}) {
  return db.mailMessage.create({
    data: { ...message, status: message.transport === "OUTBOX" ? "SENT" : "PENDING" },
    select: { id: true },
  });
}
