import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter, AdapterAccount, AdapterSession } from "next-auth/adapters";
import { db } from "@/lib/db";
import { hashSessionToken } from "./hash-session-token";

/** The fields of a provider account we keep: who it is, never the provider's tokens. */
function withoutProviderTokens(account: AdapterAccount): AdapterAccount {
  const { userId, type, provider, providerAccountId, scope, session_state } = account;
  return { userId, type, provider, providerAccountId, scope, session_state };
}

/** A stored session as Auth.js expects it back: with the token the cookie carries. */
function withToken(session: AdapterSession | null | undefined | void, token: string) {
  return session ? { ...session, sessionToken: token } : null;
}

/**
 * Auth.js stores users, accounts, sessions and sign-in tokens through Prisma, with two changes:
 * a session row holds the SHA-256 of its token (the raw token lives only in the browser's
 * cookie, so a copy of the table signs nobody in), and a linked Google or Microsoft account keeps
 * no access, refresh or ID token: they are used to sign in, never to call the provider.
 */
export function authAdapter(): Adapter {
  const base = PrismaAdapter(db);
  return {
    ...base,
    linkAccount: (account) => base.linkAccount!(withoutProviderTokens(account)),
    async createSession(session) {
      const stored = await base.createSession!({
        ...session,
        sessionToken: hashSessionToken(session.sessionToken),
      });
      return { ...stored, sessionToken: session.sessionToken };
    },
    async getSessionAndUser(sessionToken) {
      const found = await base.getSessionAndUser!(hashSessionToken(sessionToken));
      return found && { user: found.user, session: { ...found.session, sessionToken } };
    },
    async updateSession(session) {
      const stored = await base.updateSession!({
        ...session,
        sessionToken: hashSessionToken(session.sessionToken),
      });
      return withToken(stored, session.sessionToken);
    },
    async deleteSession(sessionToken) {
      const deleted = await base.deleteSession!(hashSessionToken(sessionToken));
      return withToken(deleted, sessionToken);
    },
  };
}
