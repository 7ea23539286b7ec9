import { AppError } from "@/lib/errors";
import { noteDatabaseUnavailable } from "@/lib/http/request-context";

/** Prisma's codes for "no database to talk to": unreachable, timed out, pool exhausted. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** Driver-adapter error kinds of the same meaning. */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);
/** Socket errors, and Postgres' "shutting down / starting up / connection lost" classes. */
const LOW_LEVEL_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND"]);
const MESSAGES =
  /Can't reach database server|Connection terminated|timeout exceeded when trying to connect|Unable to start a transaction in the given time|the database system is (starting up|shutting down)|terminating connection/i;

type Inspectable = {
  code?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown } } };
  cause?: unknown;
};

/** Whether `error` means Postgres could not be reached (as opposed to a query that failed). */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 3) return false;
  const e = error as Inspectable;
  const code = typeof e.code === "string" ? e.code : "";
  if (PRISMA_CODES.has(code) || LOW_LEVEL_CODES.has(code)) return true;
  if (/^(57P0[1-3]|08\d\d\d)$/.test(code)) return true;
  const cause = e.meta?.driverAdapterError?.cause;
  if (cause && typeof cause.kind === "string" && ADAPTER_KINDS.has(cause.kind)) return true;
  if (cause && typeof cause.code === "string" && /^(57P0[1-3]|08\d\d\d)$/.test(cause.code))
    return true;
  if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

/**
 * An outage as the one error the app shows for it: UNAVAILABLE (503, "briefly unavailable"),
 * with the original kept as its cause. The request is marked, so the server answers 503 even
 * where the error is caught and rendered as a page.
 */
export function asServiceUnavailable(error: unknown): unknown {
  if (error instanceof AppError || !isDatabaseUnavailable(error)) return error;
  noteDatabaseUnavailable();
  return new AppError(
    "UNAVAILABLE",
    "Revenue Chain is briefly unavailable. Nothing you saved is lost; try again in a minute.",
    { retryAfterSeconds: 5, cause: error },
  );
}
