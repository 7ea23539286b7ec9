import { db } from "@/lib/db";

export async function recordSignInAttempt(identifierHash: string, ip: string) {
  await db.signInAttempt.create({ data: { identifierHash, ip }, select: { id: true } });
}
