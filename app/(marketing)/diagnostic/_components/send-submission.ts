import { describeWait } from "@/lib/limits/describe-wait";

export type SubmissionResult =
  | { ok: true; data: { accessToken: string; copy: "sent" | "limited" | "failed" | null } }
  | { ok: false; error: string; fieldErrors?: Record<string, string> };

const UNREACHABLE =
  "We could not reach the server. Your answers are saved in this browser; check your connection and try again.";

/** POST the finished diagnostic; every answer the server can give becomes a result or a sentence. */
export async function sendSubmission(body: Record<string, unknown>): Promise<SubmissionResult> {
  let response: Response;
  try {
    response = await fetch("/api/diagnostic/submissions", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, error: UNREACHABLE };
  }
  const payload = (await response.json().catch(() => null)) as {
    accessToken?: string;
    copy?: "sent" | "limited" | "failed" | null;
    error?: string;
    fieldErrors?: Record<string, string>;
  } | null;
  if (response.ok && payload?.accessToken) {
    return { ok: true, data: { accessToken: payload.accessToken, copy: payload.copy ?? null } };
  }
  if (payload?.error) return { ok: false, error: payload.error, fieldErrors: payload.fieldErrors };
  const retryAfter = Number(response.headers.get("Retry-After"));
  return {
    ok: false,
    error:
      response.status === 429 && retryAfter > 0
        ? `Too many diagnostics were sent just now. Your answers are kept: send them again in ${describeWait(retryAfter)}.`
        : UNREACHABLE,
  };
}
