import { ZodError } from "zod";
import { asServiceUnavailable } from "@/lib/db-unavailable";
import { isAppError, type AppErrorCode } from "@/lib/errors";
import { errorReference, log } from "@/lib/log";

/** What every server action returns to the browser: data, or a message a person can act on. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: string;
      fieldErrors?: Record<string, string>;
      /** Set for expected refusals, so a page can tell "try again" from "this will not work". */
      code?: AppErrorCode;
      /** With RATE_LIMITED: seconds until a retry can succeed. */
      retryAfterSeconds?: number;
    };

/** The first message for each field that failed validation, by its dotted path. */
export function fieldErrorsOf(error: ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * Run an action body and turn expected failures into an ActionResult. Validation errors and
 * AppErrors become messages, an unreachable database becomes "briefly unavailable"; anything
 * else is logged with its stack and a reference the person is shown, so no internal detail
 * reaches the browser.
 */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (thrown) {
    const error = asServiceUnavailable(thrown);
    if (error instanceof ZodError) {
      return {
        ok: false,
        error: "Some answers are missing or not recognised. Check them and try again.",
        fieldErrors: fieldErrorsOf(error),
      };
    }
    if (isAppError(error)) {
      return {
        ok: false,
        error: error.message,
        code: error.code,
        ...(error.retryAfterSeconds ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
      };
    }
    const reference = errorReference();
    log.error({ err: error, reference }, "action failed");
    return {
      ok: false,
      error: `Something went wrong on our side (reference ${reference}). Your answers are safe; try again.`,
    };
  }
}
