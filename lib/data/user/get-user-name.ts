import { db } from "@/lib/db";

/** A user's display name, or null when they gave none (or the account is gone). */
export async function getUserName(userId: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true } });
  return user?.name ?? null;
}
