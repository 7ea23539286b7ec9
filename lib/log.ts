import pino from "pino";
import { currentRequest } from "@/lib/http/request-context";

/**
 * The app's structured log: JSON lines on stdout, in the same shape as the server's request
 * lines (scripts/lib/server-log.mjs), each carrying the request id and organization of the
 * request it belongs to. Never log a token, a cookie or an email body: pass ids and counts.
 */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "revenue-chain" },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  redact: {
    paths: ["*.sessionToken", "*.token", "*.password", "*.html", "*.text", "*.cookie"],
    censor: "[redacted]",
  },
  mixin() {
    const context = currentRequest();
    if (!context) return {};
    return {
      requestId: context.requestId,
      ...(context.organizationId ? { organizationId: context.organizationId } : {}),
    };
  },
});

/** A short id for an unexpected error: shown to the person, and on the error's log line. */
export function errorReference(): string {
  return currentRequest()?.requestId.slice(0, 8) ?? Math.random().toString(36).slice(2, 10);
}
