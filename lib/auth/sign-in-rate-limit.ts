import { describeWait } from "@/lib/limits/limit-spec";
import { clientSubject, enforceLimits } from "@/lib/limits/rate-limit";

/**
 * Count one sign-in link for this address and this client, and refuse (RATE_LIMITED) when either
 * has asked for too many in its window. Called where every link is sent, so no route avoids it;
 * the count is one atomic upsert, so concurrent requests cannot slip past it.
 */
export async function enforceSignInRateLimit(email: string, clientAddress: string) {
  await enforceLimits(
    [
      { limit: "signInPerAddress", subject: email.trim().toLowerCase() },
      { limit: "signInPerClient", subject: clientSubject(clientAddress) },
    ],
    ({ retryAfterSeconds }) =>
      `Too many sign-in links were requested. Try again in ${describeWait(retryAfterSeconds)}.`,
  );
}
