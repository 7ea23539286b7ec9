import { db } from "@/lib/db";

/** Sign-in links requested since `since`, for one address (hashed) and for one IP. */
export async function countRecentSignInAttempts(identifierHash: string, ip: string, since: Date) {
  const [forIdentifier, forIp] = await Promise.all([
    db.signInAttempt.count({ where: { identifierHash, createdAt: { gte: since } } }),
    db.signInAttempt.count({ where: { ip, createdAt: { gte: since } } }),
  ]);
  return { forIdentifier, forIp };
}
