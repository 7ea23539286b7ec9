/**
 * The one error type the app raises on purpose. Entry points map `code` to an HTTP status or a
 * form message; anything else is an unexpected failure and is reported as such.
 */
export type AppErrorCode =
  | "INVALID_INPUT"
  | "NOT_FOUND"
  | "CONFLICT"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "RATE_LIMITED"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "UNAVAILABLE";

const HTTP_STATUS: Record<AppErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAVAILABLE: 503,
};

/**
 * The digest an error page receives for an outage (Next.js keeps a digest an error already
 * has), so app/error.tsx can say "briefly unavailable" instead of "something went wrong".
 */
export const UNAVAILABLE_DIGEST = "SERVICE_UNAVAILABLE";

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** For RATE_LIMITED and UNAVAILABLE: when a retry can succeed (sent as Retry-After). */
  readonly retryAfterSeconds?: number;
  /** Read by Next.js and handed to the error page in place of a hash of the message. */
  readonly digest?: string;

  constructor(
    code: AppErrorCode,
    message: string,
    options: { retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.retryAfterSeconds = options.retryAfterSeconds;
    if (code === "UNAVAILABLE") this.digest = UNAVAILABLE_DIGEST;
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Prisma's unique-constraint violation, without importing Prisma outside the data layer. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
