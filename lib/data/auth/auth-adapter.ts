import { PrismaAdapter } from "@auth/prisma-adapter";
import { db } from "@/lib/db";

/** Auth.js stores users, accounts, sessions and sign-in tokens through Prisma. */
export function authAdapter() {
  return PrismaAdapter(db);
}
