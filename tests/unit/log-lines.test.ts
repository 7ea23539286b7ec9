import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { logOptions } from "@/lib/log-options.mjs";
import { loggablePath } from "../../scripts/lib/server-log.mjs";

/** A logger with the app's options whose lines are collected, parsed. */
type Context = { requestId: string; organizationId?: string } | undefined;

function collectingLog(
  context: () => Context = () => ({ requestId: "req-1", organizationId: "org-1" }),
) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { log: pino(logOptions({ level: "info", context }), sink), lines };
}

describe("log lines", () => {
  it("carry the request id and organization, and never a token or a mail body", () => {
    const { log, lines } = collectingLog();
    log.info({ mail: { token: "secret-token", html: "<a href=x>link</a>" } }, "sent");
    expect(lines[0]).toMatchObject({
      level: "info",
      msg: "sent",
      requestId: "req-1",
      organizationId: "org-1",
      mail: { token: "[redacted]", html: "[redacted]" },
    });
    expect(JSON.stringify(lines[0])).not.toContain("secret-token");
  });

  it("log a driver's error with its code and stack but not the connection hung on it", () => {
    const { log, lines } = collectingLog(() => undefined);
    const error = Object.assign(new Error("terminating connection due to administrator command"), {
      code: "57P01",
      severity: "FATAL",
      client: { secretKey: 736370245, connectionParameters: { user: "app" } },
      cause: Object.assign(new Error("socket closed"), { errno: -104 }),
    });
    log.error({ err: error }, "job queue failed");
    const err = lines[0]?.err as Record<string, unknown>;
    expect(err).toMatchObject({ type: "Error", code: "57P01", severity: "FATAL" });
    expect(String(err.stack)).toContain("terminating connection");
    expect(err.cause).toMatchObject({ message: "socket closed", errno: -104 });
    expect(JSON.stringify(lines[0])).not.toContain("secretKey");
    expect(lines[0]).not.toHaveProperty("requestId");
  });

  it("drop link tokens and query strings from request paths, keeping slugs and ids", () => {
    const token = "Qm9vZ2llV29vZ2llX0xpbmtUb2tlbl9zYW1wbGUxMjM0";
    expect(loggablePath(`/results/${token}?copy=sent`)).toBe("/results/:token");
    expect(loggablePath("/o/northwind-demo/snapshots/0195f3c2-7d1e-7a00-8000-000000000001")).toBe(
      "/o/northwind-demo/snapshots/0195f3c2-7d1e-7a00-8000-000000000001",
    );
  });
});
