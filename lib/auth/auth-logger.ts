import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";

/**
 * Auth.js errors a request causes: a bad or used link, a missing CSRF token, an unknown action
 * or provider in the URL. They are answered with the sign-in page's error; on the log they are
 * one warning line, not an error with a stack.
 */
const REFUSED = new Set([
  "AccessDenied",
  "AccountNotLinked",
  "CredentialsSignin",
  "InvalidCallbackUrl",
  "InvalidCheck",
  "InvalidProvider",
  "MissingCSRF",
  "OAuthAccountNotLinked",
  "OAuthCallbackError",
  "UnknownAction",
  "Verification",
]);

/** What Auth.js wraps: `cause` is an Error, or `{ err }` around one. */
function causeOf(error: unknown): unknown {
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (cause && typeof cause === "object" && "err" in cause) return (cause as { err: unknown }).err;
  return cause;
}

/** The reason a request was refused, or null when the error is the server's own. */
export function refusal(error: Error): string | null {
  const type = (error as { type?: unknown }).type;
  if (typeof type === "string" && REFUSED.has(type)) return type;
  if (error.message.startsWith("Provider with id")) return "InvalidProvider";
  const cause = causeOf(error);
  if (cause instanceof AppError && cause.httpStatus < 500) return cause.code;
  // A callback link opened without its token.
  if (cause instanceof TypeError && cause.message.startsWith("Missing token"))
    return "Verification";
  return null;
}

/** Auth.js' logger, as JSON lines in the app's log (its default prints several coloured lines). */
export const authLogger = {
  error(error: Error) {
    const refused = refusal(error);
    if (refused) log.warn({ reason: refused }, "sign-in request refused");
    else log.error({ err: error }, "sign-in failed");
  },
  warn(code: string) {
    log.warn({ code }, "sign-in configuration warning");
  },
  debug() {},
};
