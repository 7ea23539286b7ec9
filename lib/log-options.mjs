// The options every structured log of the app shares: the server's request lines
// (scripts/lib/server-log.mjs) and the app's own lines (lib/log.ts) come out in one shape.
import pino from "pino";

/** Fields that never reach the log, whoever attaches them. */
const REDACTED = [
  "headers.cookie",
  "headers.authorization",
  "*.sessionToken",
  "*.token",
  "*.password",
  "*.html",
  "*.text",
  "*.cookie",
];

/**
 * An error as logged: its type, message, stack and the plain fields drivers add (Postgres' code,
 * severity, detail…), with its cause the same way. Objects hung on it (a database client with its
 * connection state, a request) are left out: they are large and may hold secrets.
 */
export function loggableError(error, depth = 0) {
  if (!(error instanceof Error)) return error;
  const out = {
    type: error.constructor?.name ?? "Error",
    message: error.message,
    stack: error.stack,
  };
  for (const [key, value] of Object.entries(error)) {
    if (key in out || key === "cause") continue;
    if (value === null || ["string", "number", "boolean"].includes(typeof value)) out[key] = value;
  }
  if (error.cause !== undefined && depth < 3) out.cause = loggableError(error.cause, depth + 1);
  return out;
}

/** pino options for a log whose lines carry what `context()` returns (request id, organization). */
export function logOptions({ level, context }) {
  return {
    level,
    base: { service: "revenue-chain" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: loggableError },
    redact: { paths: REDACTED, censor: "[redacted]" },
    mixin() {
      const current = context();
      if (!current) return {};
      return {
        requestId: current.requestId,
        ...(current.organizationId ? { organizationId: current.organizationId } : {}),
      };
    },
  };
}
