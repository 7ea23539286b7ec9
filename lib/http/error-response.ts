import { ZodError } from "zod";
import { fieldErrorsOf } from "@/lib/actions/action-result";
import { asServiceUnavailable } from "@/lib/db-unavailable";
import { isAppError } from "@/lib/errors";

/**
 * An expected failure as the HTTP answer a route gives: the AppError's status and sentence
 * (with Retry-After for a limit or an outage), 400 for input that failed validation. Null for
 * anything else, which the caller rethrows as the unexpected error it is.
 */
export function errorResponse(thrown: unknown): Response | null {
  const error = asServiceUnavailable(thrown);
  if (isAppError(error)) {
    const headers: Record<string, string> = {};
    if (error.retryAfterSeconds) headers["Retry-After"] = String(error.retryAfterSeconds);
    return Response.json(
      { error: error.message, code: error.code },
      { status: error.httpStatus, headers },
    );
  }
  if (error instanceof ZodError) {
    return Response.json(
      {
        error: "Some of what was sent is missing or not recognised. Check it and try again.",
        fieldErrors: fieldErrorsOf(error),
      },
      { status: 400 },
    );
  }
  return null;
}
