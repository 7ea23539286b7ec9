import NextAuth from "next-auth";
import { authLogger } from "@/lib/auth/auth-logger";
import type { Provider } from "next-auth/providers";
import type { EmailConfig } from "next-auth/providers/email";
import Google from "next-auth/providers/google";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import { recordSignIn } from "@/lib/data/audit/record-sign-in";
import { authAdapter } from "@/lib/data/auth/auth-adapter";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail/send-mail";
import { signInEmail } from "./sign-in-email";
import { clientAddress } from "@/lib/http/client-address";
import { enforceSignInRateLimit } from "./sign-in-rate-limit";

export const SIGN_IN_LINK_MINUTES = 15;

/** Magic links through our own mailer: SMTP when configured, the local outbox otherwise. */
const emailProvider: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  maxAge: SIGN_IN_LINK_MINUTES * 60,
  async sendVerificationRequest({ identifier, url, expires, request }) {
    // Enforced here, where every sign-in link is sent, whichever route asked for it.
    await enforceSignInRateLimit(identifier, clientAddress(request.headers));
    const { delivered } = await sendMail(signInEmail(identifier, url, expires));
    if (!delivered) throw new Error("The sign-in email could not be sent.");
  },
};

function providers(): Provider[] {
  const e = env();
  const list: Provider[] = [emailProvider];
  if (e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET) {
    list.push(Google({ clientId: e.AUTH_GOOGLE_ID, clientSecret: e.AUTH_GOOGLE_SECRET }));
  }
  if (e.AUTH_MICROSOFT_ENTRA_ID_ID && e.AUTH_MICROSOFT_ENTRA_ID_SECRET) {
    list.push(
      MicrosoftEntraID({
        clientId: e.AUTH_MICROSOFT_ENTRA_ID_ID,
        clientSecret: e.AUTH_MICROSOFT_ENTRA_ID_SECRET,
        issuer: e.AUTH_MICROSOFT_ENTRA_ID_ISSUER,
      }),
    );
  }
  return list;
}

/** The sign-in methods offered on the sign-in page, besides email. */
export function oauthProviders(): { id: string; name: string }[] {
  const e = env();
  return [
    ...(e.AUTH_GOOGLE_ID ? [{ id: "google", name: "Google" }] : []),
    ...(e.AUTH_MICROSOFT_ENTRA_ID_ID ? [{ id: "microsoft-entra-id", name: "Microsoft" }] : []),
  ];
}

// Configured lazily so that importing this module (at build time, say) needs no environment.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: authAdapter(),
  // Sessions live in Postgres, so signing out or revoking a session ends access immediately.
  session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
  secret: env().AUTH_SECRET,
  trustHost: true,
  // Decided by the app's public address, not by each request: behind a proxy that speaks plain
  // HTTP to the app, a request-based guess would send the session cookie without Secure.
  useSecureCookies: env().APP_URL?.startsWith("https://") ?? false,
  providers: providers(),
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
  logger: authLogger,
  events: {
    async signIn({ user, account }) {
      if (user.id && user.email)
        await recordSignIn(user.id, user.email, account?.provider ?? "email");
    },
  },
  callbacks: {
    // With database sessions Auth.js hands this callback the stored row, session token included.
    // Answer with only what the browser may see: the token stays in its httpOnly cookie.
    session({ session, user }) {
      return {
        expires: session.expires,
        user: {
          id: user.id,
          name: user.name ?? null,
          email: user.email,
          image: user.image ?? null,
        },
      };
    },
  },
}));
