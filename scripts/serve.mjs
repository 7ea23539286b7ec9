// The app's HTTP server for production and the end-to-end tests (npm start runs it): Next.js'
// request handler behind a small Node server that owns what the handler cannot see or set.
//
// - The client address. `next start` only fills X-Forwarded-For when a request lacks it, so any
//   client could name its own address. Here the header is replaced by one address: the
//   connection's peer, or, behind TRUSTED_PROXY_HOPS proxies, the entry that many from the right.
// - A request id (X-Request-Id), on the response and on every log line of the request.
// - The Content-Security-Policy (a nonce per rendered page; see lib/content-security-policy.mjs),
//   and HSTS when APP_URL is https.
// - One JSON log line per request; console output becomes JSON lines too.
// - 503 instead of 500 when the request failed because Postgres could not be reached.
//
//   node scripts/serve.mjs [--port N] [--hostname H]
import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { noncePolicy, prerenderedPolicy } from "./lib/content-security-policy.mjs";
import { createServerLog, loggablePath } from "./lib/server-log.mjs";

const { values } = parseArgs({
  options: { port: { type: "string" }, hostname: { type: "string" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.BIND_ADDRESS ?? "0.0.0.0";
process.env.NODE_ENV = "production";

// Shared with the app's bundled code (lib/http/request-context.ts) through one global symbol:
// the guard records the organization here, the database layer records an outage.
const requestContext = new AsyncLocalStorage();
globalThis[Symbol.for("revenue-chain.request-context")] = requestContext;
// Tells the app that X-Forwarded-For was written by this server (lib/http/client-address.ts).
process.env.REVENUE_CHAIN_OWN_SERVER = "1";

const log = createServerLog({ level: process.env.LOG_LEVEL ?? "info", requestContext });

const hops = process.env.TRUSTED_PROXY_HOPS ? Number(process.env.TRUSTED_PROXY_HOPS) : 0;
if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
  log.fatal("TRUSTED_PROXY_HOPS must be a whole number of proxies from 1 to 10, or unset.");
  process.exit(1);
}
const https = (process.env.APP_URL ?? "").startsWith("https://");

function peerAddress(socket) {
  const address = socket.remoteAddress ?? "";
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

/** The client: the peer, or behind trusted proxies the address the outermost one saw. */
function clientAddress(req) {
  const peer = peerAddress(req.socket);
  if (hops === 0) return peer;
  const forwarded = String(req.headers["x-forwarded-for"] ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return chain[chain.length - 1 - hops] ?? chain[0];
}

const { default: next } = await import("next");
const app = next({ dev: false, hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

/** Whether the path's percent-escapes decode: Next.js answers a broken one with a 500. */
function decodablePath(url) {
  try {
    decodeURIComponent((url ?? "/").split("?")[0]);
    return true;
  } catch {
    return false;
  }
}

const server = createServer((req, res) => {
  const started = process.hrtime.bigint();
  if (!decodablePath(req.url)) {
    res.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
    res.end("This address is malformed: check the link and try again.");
    log.info({ method: req.method, status: 400, path: "(malformed)" }, "request");
    return;
  }
  const forwardedId = hops > 0 ? String(req.headers["x-request-id"] ?? "") : "";
  const requestId = /^[A-Za-z0-9._-]{8,64}$/.test(forwardedId) ? forwardedId : randomUUID();
  const context = { requestId, organizationId: undefined, databaseUnavailable: false };

  req.headers["x-forwarded-for"] = clientAddress(req);
  req.headers["x-request-id"] = requestId;
  if (hops === 0) {
    // Without a trusted proxy nothing but the connection says how the request arrived.
    delete req.headers["x-forwarded-host"];
    delete req.headers["x-forwarded-proto"];
    delete req.headers["x-forwarded-port"];
    delete req.headers["x-real-ip"];
    delete req.headers.forwarded;
  }
  const nonce = randomBytes(16).toString("base64");
  // Next.js takes the nonce for the scripts it renders from the request's policy.
  req.headers["content-security-policy"] = noncePolicy(nonce, { https });

  res.setHeader("X-Request-Id", requestId);
  if (https) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");

  // The status and the kind of page are known only when Next.js writes the head, so the last
  // word is had here, just before it goes out.
  const writeHead = res.writeHead;
  res.writeHead = function (statusCode, ...rest) {
    let status = statusCode;
    if (context.databaseUnavailable && status >= 500) {
      status = 503;
      this.setHeader("Retry-After", "5");
    }
    const marker = this.getHeader("x-nextjs-prerender");
    const prerendered = Array.isArray(marker) ? marker.includes("1") : String(marker) === "1";
    this.setHeader(
      "Content-Security-Policy",
      prerendered ? prerenderedPolicy({ https }) : noncePolicy(nonce, { https }),
    );
    return writeHead.call(this, status, ...rest);
  };

  res.on("close", () => {
    requestContext.run(context, () => {
      log.info(
        {
          method: req.method,
          path: loggablePath(req.url),
          status: res.statusCode,
          ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
          client: req.headers["x-forwarded-for"],
          ...(res.writableFinished ? {} : { aborted: true }),
        },
        "request",
      );
    });
  });

  requestContext.run(context, () => {
    handle(req, res).catch((error) => {
      log.error({ err: error }, "request failed");
      if (!res.headersSent) {
        res.statusCode = context.databaseUnavailable ? 503 : 500;
        res.end();
      } else {
        res.destroy();
      }
    });
  });
});

// Slow or stalled clients cannot hold a connection for ever.
server.headersTimeout = 20_000;
server.requestTimeout = 10 * 60_000;
server.keepAliveTimeout = 5_000;

server.listen(port, hostname, () => {
  log.info({ port, hostname, trustedProxyHops: hops }, "listening");
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    log.info({ signal }, "stopping");
    server.close(() => process.exit(0));
    // Open keep-alive connections would hold close() up; give requests a moment, then go.
    setTimeout(() => process.exit(0), 5_000).unref();
    server.closeIdleConnections();
  });
}
