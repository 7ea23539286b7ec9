import { db } from "@/lib/db";

export async function markMailMessage(
  id: string,
  outcome: { sent: true } | { sent: false; error: string },
) {
  await db.mailMessage.update({
    where: { id },
    data: outcome.sent
      ? { status: "SENT", sentAt: new Date(), error: null }
      : { status: "FAILED", error: outcome.error.slice(0, 1000) },
  });
}
