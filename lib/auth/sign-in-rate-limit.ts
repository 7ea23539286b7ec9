import { createHash } from "node:crypto";
import { countRecentSignInAttempts } from "@/lib/data/sign-in-attempt/count-recent-sign-in-attempts";
import { recordSignInAttempt } from "@/lib/data/sign-in-attempt/record-sign-in-attempt";
import { AppError } from "@/lib/errors";

export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_LINKS_PER_ADDRESS = 5;
export const MAX_LINKS_PER_IP = 20;

function hashIdentifier(email: string) {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

/** The client's address as the nearest proxy reports it; "unknown" when there is none. */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}

/**
 * Throws RATE_LIMITED when this address or this IP has asked for too many sign-in links in the
 * window. With `record`, the request counts towards the limit.
 */
export async function enforceSignInRateLimit(
  email: string,
  ip: string,
  { record }: { record: boolean },
) {
  const identifierHash = hashIdentifier(email);
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MINUTES * 60_000);
  const { forIdentifier, forIp } = await countRecentSignInAttempts(identifierHash, ip, since);
  if (forIdentifier >= MAX_LINKS_PER_ADDRESS || forIp >= MAX_LINKS_PER_IP) {
    throw new AppError(
      "RATE_LIMITED",
      `Too many sign-in links were requested. Wait ${SIGN_IN_WINDOW_MINUTES} minutes and try again.`,
    );
  }
  if (record) await recordSignInAttempt(identifierHash, ip);
}
