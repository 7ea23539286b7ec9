import { db } from "@/lib/db";

/** The newest messages kept in the local outbox (no SMTP relay configured). */
export async function listOutboxMessages(limit = 50) {
  return db.mailMessage.findMany({
    where: { transport: "OUTBOX" },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, to: true, subject: true, text: true, html: true, createdAt: true },
  });
}
