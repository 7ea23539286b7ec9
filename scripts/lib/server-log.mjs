// Structured logs for the app's server: one JSON line per request (and per job, from the app),
// every line carrying the request id of the request it belongs to. console.* is routed here
// too, so Next.js' own error reports become JSON lines with their stack, logged once.
import { format } from "node:util";
import pino from "pino";
import { logOptions } from "../../lib/log-options.mjs";

/**
 * A link token is 43 characters of base64url: a segment of 40 or more of that alphabet with a
 * capital or an underscore (which organization slugs and ids never have) is never logged.
 */
const TOKEN_SEGMENT = /^[A-Za-z0-9_-]{40,}$/;
const isToken = (segment) => TOKEN_SEGMENT.test(segment) && /[A-Z_]/.test(segment);

/** The path as logged: tokens replaced, the query string (which may hold one) dropped. */
export function loggablePath(url) {
  const path = (url ?? "/").split("?")[0].split("#")[0];
  return path
    .split("/")
    .map((segment) => (isToken(segment) ? ":token" : segment))
    .join("/")
    .slice(0, 300);
}

export function createServerLog({ level, requestContext }) {
  const log = pino(logOptions({ level, context: () => requestContext.getStore() }));

  /** console.error(err), console.error("message", err), console.warn("a %s", b)… as JSON. */
  function route(levelName) {
    return (...args) => {
      const err = args.find((arg) => arg instanceof Error);
      const rest = args.filter((arg) => arg !== err);
      const message = rest.length > 0 ? format(...rest) : err?.message;
      if (err) log[levelName]({ err }, message);
      else log[levelName](message);
    };
  }
  console.log = route("info");
  console.info = route("info");
  console.warn = route("warn");
  console.error = route("error");
  console.debug = route("debug");
  return log;
}
