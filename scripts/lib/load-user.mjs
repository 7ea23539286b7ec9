// One virtual user of the load benchmark: its own source address and keep-alive connection, as
// a browser on its own machine would have, walking the public diagnostic (and, signed in, the
// pipeline and scoreboard) with a pause between pages.
import { randomUUID } from "node:crypto";
import http from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

export const REQUEST_TIMEOUT_MS = 10_000;

const BROWSER_HEADERS = {
  "user-agent":
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36",
  "accept-encoding": "gzip, deflate, br",
  "accept-language": "en-US,en;q=0.9",
};
const PAGE_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

/** 127.0.0.10, 127.0.0.11, …: every address in 127.0.0.0/8 reaches this machine's loopback. */
export function loopbackAddress(index) {
  const n = 10 + index;
  return `127.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

function decode(body, encoding) {
  if (encoding === "gzip") return gunzipSync(body).toString("utf8");
  if (encoding === "br") return brotliDecompressSync(body).toString("utf8");
  if (encoding === "deflate") return inflateSync(body).toString("utf8");
  return body.toString("utf8");
}

/** "HTTP 500", or "HTTP 307 → /sign-in" for a redirect; nothing for 200. */
function statusError({ status, location }) {
  if (status === 200) return undefined;
  return location ? `HTTP ${status} → ${location}` : `HTTP ${status}`;
}

const pick = (list) => list[Math.floor(Math.random() * list.length)];

/**
 * A virtual user. `target` is { host, port, origin }; `sessionToken` signs it in as a member of
 * `organizationSlug`; `bank` is { version, questions, contextOptions: { field: [ids] } };
 * `submitVia` is where the diagnostic page posts its answers: { path }.
 */
export function createVirtualUser({
  index,
  target,
  sessionToken,
  organizationSlug,
  staticPath,
  submitVia,
  bank,
}) {
  const localAddress = loopbackAddress(index);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress });
  const host = new URL(target.origin).host;
  const cookie = sessionToken ? `authjs.session-token=${sessionToken}` : undefined;

  /** One request; resolves with its latency and status or failure, never rejects. */
  function send({ method = "GET", path, headers = {}, body, readBody = false }) {
    return new Promise((resolve) => {
      const started = performance.now();
      let settled = false;
      let timer;
      const finish = (outcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ ms: performance.now() - started, ...outcome });
      };
      const request = http.request(
        {
          host: target.host,
          port: target.port,
          method,
          path,
          agent,
          headers: { host, ...BROWSER_HEADERS, ...(cookie ? { cookie } : {}), ...headers },
        },
        (response) => {
          const chunks = [];
          response.on("data", (chunk) => readBody && chunks.push(chunk));
          response.on("error", (error) =>
            finish({ error: `network ${error.code ?? error.message}` }),
          );
          response.on("end", () => {
            let text = null;
            if (readBody) {
              try {
                text = decode(Buffer.concat(chunks), response.headers["content-encoding"]);
              } catch {
                text = "";
              }
            }
            const location = response.headers.location
              ? new URL(response.headers.location, target.origin).pathname
              : "";
            finish({ status: response.statusCode, location, text });
          });
        },
      );
      timer = setTimeout(() => {
        finish({ ms: REQUEST_TIMEOUT_MS, error: "timeout" });
        request.destroy();
      }, REQUEST_TIMEOUT_MS);
      request.on("error", (error) => finish({ error: `network ${error.code ?? error.message}` }));
      request.end(body);
    });
  }

  async function page(kind, path, recorder, accept = PAGE_ACCEPT) {
    const outcome = await send({ path, headers: { accept } });
    const error = outcome.error ?? statusError(outcome);
    recorder.record(kind, outcome.ms, error);
    return !error;
  }

  /** The JSON route the page posts to with fetch(): 201 (200 for a retry) with the token. */
  async function submitThroughRoute(submission) {
    const outcome = await send({
      method: "POST",
      path: submitVia.path,
      readBody: true,
      headers: {
        accept: "*/*",
        "content-type": "application/json",
        origin: target.origin,
        referer: `${target.origin}/diagnostic`,
      },
      body: JSON.stringify(submission),
    });
    if (outcome.error) return { outcome, error: outcome.error, token: null };
    let payload = null;
    try {
      payload = JSON.parse(outcome.text ?? "");
    } catch {
      // not JSON
    }
    const { status } = outcome;
    if ((status === 200 || status === 201) && payload?.accessToken)
      return { outcome, error: undefined, token: payload.accessToken };
    if (status >= 400 && status < 500 && payload?.error)
      return {
        outcome,
        error: `refused (HTTP ${status}): ${String(payload.error).slice(0, 120)}`,
        token: null,
      };
    const error = status === 200 || status === 201 ? "reply without a token" : `HTTP ${status}`;
    return { outcome, error, token: null };
  }

  /** Post the diagnostic as the browser does; the private link's token when acknowledged. */
  async function submit(recorder, submissions) {
    const submissionId = randomUUID();
    const answers = Object.fromEntries(
      bank.questions.map((question) => [question.id, pick(question.options).id]),
    );
    const submission = {
      submissionId,
      bankVersion: bank.version,
      answers,
      context: Object.fromEntries(
        Object.entries(bank.contextOptions).map(([field, ids]) => [field, pick(ids)]),
      ),
      startedAt: new Date(Date.now() - (60 + Math.random() * 180) * 1000).toISOString(),
    };
    const { outcome, error, token } = await submitThroughRoute(submission);
    recorder.record("submit", outcome.ms, error);
    submissions.push({ submissionId, acknowledged: Boolean(token) });
    return token;
  }

  /**
   * Visit the site until `deadline` (performance.now() ms) or `stopped()`, pausing a random
   * think time in [min, max] ms between pages, or not at all without `think`. `once` makes one
   * round of every page.
   */
  async function run({
    deadline,
    think,
    recorder,
    submissions,
    stopped,
    startDelayMs = 0,
    once = false,
  }) {
    let rounds = 0;
    const open = () => !stopped() && performance.now() < deadline && !(once && rounds > 0);
    const pause = async (ms) => {
      const wait = Math.min(ms, deadline - performance.now());
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    };
    const thinkTime = () => pause(think ? think.min + Math.random() * (think.max - think.min) : 0);
    /** One page or request, then the pause a person takes before the next one. */
    const step = async (request, { pauseAfter = true } = {}) => {
      if (!open()) return null;
      const value = await request();
      if (pauseAfter) await thinkTime();
      return value;
    };
    await pause(startDelayMs);
    while (open()) {
      // The browser fetches the landing page's script at once, without a pause.
      await step(() => page("landing", "/", recorder), { pauseAfter: false });
      await step(() => page("static", staticPath, recorder, "*/*"));
      await step(() => page("diagnostic", "/diagnostic", recorder));
      const token = await step(() => submit(recorder, submissions));
      if (token) await step(() => page("result", `/results/${token}`, recorder));
      if (sessionToken) {
        await step(() => page("pipeline", `/o/${organizationSlug}/pipeline`, recorder));
        await step(() => page("scoreboard", `/o/${organizationSlug}/scoreboard`, recorder));
      }
      rounds += 1;
    }
  }

  return { localAddress, signedIn: Boolean(sessionToken), send, run, close: () => agent.destroy() };
}
