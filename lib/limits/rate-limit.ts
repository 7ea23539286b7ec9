import { createHash } from "node:crypto";
import { hitRateLimitWindows } from "@/lib/data/rate-limit/hit-rate-limit-windows";
import { env, type ServerEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { LimitSpec } from "./limit-spec";

/** Every abuse limit, by the environment variable that configures it. */
const LIMITS = {
  signInPerAddress: "RATE_LIMIT_SIGN_IN_PER_ADDRESS",
  signInPerClient: "RATE_LIMIT_SIGN_IN_PER_CLIENT",
  diagnosticPerClient: "RATE_LIMIT_DIAGNOSTIC_PER_CLIENT",
  diagnosticPerLink: "RATE_LIMIT_DIAGNOSTIC_PER_LINK",
  resultCopyPerRecipient: "RATE_LIMIT_RESULT_COPY_PER_RECIPIENT",
  resultCopyPerResult: "RATE_LIMIT_RESULT_COPY_PER_RESULT",
  resultLinkPerClient: "RATE_LIMIT_RESULT_LINK_PER_CLIENT",
  respondentPerLink: "RATE_LIMIT_RESPONDENT_PER_LINK",
  pdfPerClient: "RATE_LIMIT_PDF_PER_CLIENT",
  resultPdfPerClient: "RATE_LIMIT_RESULT_PDF_PER_CLIENT",
  resultImagePerClient: "RATE_LIMIT_RESULT_IMAGE_PER_CLIENT",
  repricePerClient: "RATE_LIMIT_REPRICE_PER_CLIENT",
  repricePerResult: "RATE_LIMIT_REPRICE_PER_RESULT",
  nextStepPerClient: "RATE_LIMIT_NEXT_STEP_PER_CLIENT",
  nextStepPerResult: "RATE_LIMIT_NEXT_STEP_PER_RESULT",
  unsubscribePerClient: "RATE_LIMIT_UNSUBSCRIBE_PER_CLIENT",
} as const satisfies Record<string, keyof ServerEnv>;

export type LimitName = keyof typeof LIMITS;

export function limitSpec(name: LimitName): LimitSpec {
  return env()[LIMITS[name]];
}

/** One request to count: which limit, and whose (an address, an email, a result id…). */
export type LimitCheck = { limit: LimitName; subject: string };

export type LimitOutcome =
  { allowed: true } | { allowed: false; limit: LimitName; retryAfterSeconds: number };

/**
 * A client address as a limit subject: IPv6 by its /64, the block one subscriber is given, so
 * rotating through it does not buy a fresh allowance.
 */
export function clientSubject(address: string): string {
  if (!address.includes(":")) return address;
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups.slice(0, 4).join(":")}::/64`;
}

function keyOf(check: LimitCheck): string {
  const digest = createHash("sha256")
    .update(check.subject.trim().toLowerCase())
    .digest("base64url");
  return `${check.limit}:${digest.slice(0, 32)}`;
}

/**
 * Count this request against every check, atomically and across instances (one upsert in
 * Postgres), and say whether all of them are still within their limit. A refused request counts
 * too, so hammering a limit does not reopen it early.
 */
export async function hitLimits(checks: LimitCheck[], now = new Date()): Promise<LimitOutcome> {
  const windows = checks.map((check) => {
    const spec = limitSpec(check.limit);
    const windowMs = spec.windowSeconds * 1000;
    const start = Math.floor(now.getTime() / windowMs) * windowMs;
    return {
      check,
      spec,
      key: keyOf(check),
      windowStart: new Date(start),
      expiresAt: new Date(start + windowMs),
    };
  });
  const counts = await hitRateLimitWindows(windows);
  let refusal: LimitOutcome = { allowed: true };
  for (const window of windows) {
    const count = counts.get(window.key) ?? 0;
    if (count <= window.spec.count) continue;
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil((window.expiresAt.getTime() - now.getTime()) / 1000),
    );
    if (refusal.allowed || retryAfterSeconds > refusal.retryAfterSeconds) {
      refusal = { allowed: false, limit: window.check.limit, retryAfterSeconds };
    }
  }
  return refusal;
}

/** Like hitLimits, but a refusal throws RATE_LIMITED with `message` and the wait. */
export async function enforceLimits(
  checks: LimitCheck[],
  message: (outcome: { limit: LimitName; retryAfterSeconds: number }) => string,
): Promise<void> {
  const outcome = await hitLimits(checks);
  if (!outcome.allowed) {
    throw new AppError("RATE_LIMITED", message(outcome), {
      retryAfterSeconds: outcome.retryAfterSeconds,
    });
  }
}
