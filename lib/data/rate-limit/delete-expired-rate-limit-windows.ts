import { db } from "@/lib/db";

/** Drop windows that have ended; returns how many were removed. */
export async function deleteExpiredRateLimitWindows(now = new Date()): Promise<number> {
  const { count } = await db.rateLimitWindow.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
