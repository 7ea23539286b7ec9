import pino from "pino";
import { currentRequest } from "@/lib/http/request-context";
import { logOptions } from "@/lib/log-options.mjs";

/**
 * The app's structured log: JSON lines on stdout, in the same shape as the server's request
 * lines (scripts/lib/server-log.mjs), each carrying the request id and organization of the
 * request it belongs to. Never log a token, a cookie or an email body: pass ids and counts.
 */
export const log = pino(
  logOptions({
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
    context: currentRequest,
  }),
);

/** A short id for an unexpected error: shown to the person, and on the error's log line. */
export function errorReference(): string {
  return currentRequest()?.requestId.slice(0, 8) ?? Math.random().toString(36).slice(2, 10);
}
