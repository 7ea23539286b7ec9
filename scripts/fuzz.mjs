// npm run fuzz [-- --count 10000 --seed 7 --concurrency 8]
//
// Sends malformed and hostile requests to the production build (on a throwaway embedded
// Postgres) and reports what came back: every request must get a 4xx (or a 2xx/3xx that changes
// nothing), never a 5xx, and no payload may leave a row behind. Covered: the public diagnostic
// action, sign-in (the action and Auth.js' endpoints), the CRM upload, the Stripe webhook, every
// route handler, every server action of the build, and pages with hostile addresses.
//
// A 5xx is "ours" when our code ran, "framework" when Next.js failed before handing the request
// to our code (each such kind is listed in docs/security.md). Exit code 1 when any 5xx of ours or
// any stray row was found.
import { createHash, randomUUID } from "node:crypto";
import http from "node:http";
import { parseArgs } from "node:util";
import { diagnostic } from "../lib/domain/diagnostic/index.ts";
import { serverActionIds, startApp } from "./lib/app-under-test.mjs";

const { values: args } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    seed: { type: "string", default: "7" },
    concurrency: { type: "string", default: "8" },
  },
});
const COUNT = Number(args.count);
const CONCURRENCY = Number(args.concurrency);

// A seeded generator, so a run that finds something can be repeated exactly.
let state = Number(args.seed) >>> 0 || 1;
function random() {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 2 ** 32;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (n) => Math.floor(random() * n);

/** Values no field of the app accepts: wrong types, absurd sizes, control and markup. */
const HOSTILE = [
  null,
  true,
  0,
  -1,
  1e308,
  -1e308,
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u202eevil",
  "x".repeat(20_000),
  "../../../etc/passwd",
  '\'; drop table "User"; --',
  "<script>alert(1)</script>",
  "$$",
  "$undefined",
  "%00",
  "9999-12-31T23:59:59Z",
  "-271821-04-20T00:00:00Z",
  "😀".repeat(500),
  [],
  [[[[[[[]]]]]]],
  {},
  { __proto__: { polluted: true } },
  { constructor: { prototype: { polluted: true } } },
  Array.from({ length: 5000 }, (_, i) => i),
];
const hostile = () => pick(HOSTILE);
const HOSTILE_SEGMENTS = [
  "%00",
  "%ff%fe",
  "..%2f..%2fetc",
  "x".repeat(3000),
  "00000000-0000-0000-0000-000000000000",
  "not-a-uuid",
  "1e999",
  "-1",
  "99999999999999999999",
  "%27%3B%20drop",
  "%E2%80%AE",
  "%",
  "a%2",
  encodeURIComponent("<script>"),
  "A".repeat(43),
];

const answers = Object.fromEntries(diagnostic.questions.map((q) => [q.id, q.options[0].id]));

const SUBMISSION_ROUTE = "/api/diagnostic/submissions";

function validSubmission() {
  return {
    submissionId: randomUUID(),
    bankVersion: diagnostic.version,
    answers: { ...answers },
    context: { role: "ceo" },
    startedAt: new Date(Date.now() - 120_000).toISOString(),
  };
}

/** A submission with at least one field no schema accepts, so none may be stored. */
function brokenSubmission() {
  const body = validSubmission();
  const breakers = [
    () => (body.answers = hostile()),
    () => (body.submissionId = hostile()),
    () => (body.bankVersion = hostile()),
    () => (body.answers[pick(Object.keys(answers))] = pick(["", "zz", "\u0000", "x".repeat(100)])),
    () => (body.answers[`q-${int(1e6)}`] = "a"),
    () => (body.context = { email: pick(["not-an-email", "a@", "@b.c", "\u0000@x.io"]) }),
    // (An empty role is a field left blank, which is allowed.)
    () => (body.context = { role: pick(["president", "\u0000", "x".repeat(200)]) }),
    () => delete body.answers[pick(Object.keys(answers))],
  ];
  pick(breakers)();
  if (random() < 0.5) body.startedAt = hostile();
  if (random() < 0.3) body.orgSlug = pick(["", "UPPER", "x".repeat(100), "no-such-org-xyz"]);
  return body;
}

function deep(depth) {
  return "[".repeat(depth) + "]".repeat(depth);
}

function multipart(parts, { cut } = {}) {
  const boundary = `----fuzz${int(1e9)}`;
  const chunks = [];
  for (const [name, value, filename] of parts) {
    chunks.push(
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ""}\r\n${filename ? "Content-Type: application/octet-stream\r\n" : ""}\r\n${value}\r\n`,
    );
  }
  chunks.push(`--${boundary}--\r\n`);
  let body = Buffer.from(chunks.join(""));
  if (cut) body = body.subarray(0, Math.max(1, int(body.length - 2)));
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

function encodeArgs(argsList) {
  // React's reply encoding for plain values: strings starting with "$" are escaped.
  return JSON.stringify(argsList, (_key, value) =>
    typeof value === "string" && value.startsWith("$") ? `$${value}` : value,
  );
}

/** The bodies a server action should never choke on. */
function hostileActionBody() {
  const kinds = [
    ["bad-json", () => encodeArgs([validSubmission()]).slice(0, int(200) + 1)],
    ["bigint", () => `["$n${pick(["1e1000", "abc", "9".repeat(400), "", "-"])}"]`],
    [
      "missing-reference",
      () =>
        `["$${pick(["B", "Q", "W", "@", "i", "R", "r", "X", "x", "A", "O", "T", "h", ""])}${int(99)}"]`,
    ],
    ["deep-nesting", () => deep(pick([100, 1000, 5000, 50_000]))],
    ["root-not-array", () => JSON.stringify(pick([{}, "x", 1, null, { 0: 1 }]))],
    [
      "path-reference",
      () => `[{"a":1},"$0:${pick(["zz", "0:a:b:c", "__proto__", "constructor:prototype"])}"]`,
    ],
    ["many-values", () => JSON.stringify([Array.from({ length: 200_000 }, () => 0)])],
    [
      "wrong-arguments",
      () => encodeArgs(pick([[], [null], [1, 2, 3], ["x"], [hostile()], [{ orgSlug: hostile() }]])),
    ],
  ];
  const [kind, make] = pick(kinds);
  return { kind, body: make() };
}

// ---------------------------------------------------------------------------------------------

const ORIGIN_ATTACKS = [
  { origin: "https://evil.example" },
  { origin: "null" },
  { "sec-fetch-site": "cross-site" },
  { origin: "http://localhost.evil.example" },
];

function families(ctx) {
  const { base, ids, cookie, ownSlug } = ctx;
  const signInAction = ids["app/(auth)/sign-in/actions.ts#requestSignInLinkAction"];
  const oauthAction = ids["app/(auth)/sign-in/actions.ts#oauthSignInAction"];
  const action = (id, extra = {}) => ({
    "next-action": id,
    accept: "text/x-component",
    "content-type": "text/plain;charset=UTF-8",
    origin: base,
    ...extra,
  });
  // Signing out or leaving would end the fuzzing user's own access half-way through the run;
  // starting a review, or a company buying its own Snapshot (a test checkout here), takes
  // nothing but the organization, so no input to it is malformed: each call rightly writes.
  const SKIPPED = [
    "#signOutAction",
    "#leaveOrganizationAction",
    "#startReviewAction",
    "#buySnapshotAction",
  ];
  const otherActions = Object.entries(ids).filter(
    ([key]) => !key.includes("sign-in/actions") && !SKIPPED.some((name) => key.endsWith(name)),
  );
  const pageOf = (id) => {
    // The page an action is served from: the first worker it is registered for.
    const worker = ctx.workers[id]?.[0] ?? "app/page";
    return (
      worker
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        .replace(/\/\([^)]+\)/g, "")
        .replace("[orgSlug]", ownSlug)
        .replace(/\[[^\]]+\]/g, randomUUID()) || "/"
    );
  };

  return [
    {
      // The public diagnostic posts its answers as JSON to this route; the page itself has no
      // server action, so an action posted to it must be refused before Next.js decodes it.
      name: "diagnostic submission",
      weight: 30,
      make() {
        const r = random();
        const post = (kind, body, headers = {}) => ({
          kind,
          method: "POST",
          path: SUBMISSION_ROUTE,
          headers: { "content-type": "application/json", origin: base, ...headers },
          body,
        });
        if (r < 0.3) return post("invalid-submission", JSON.stringify(brokenSubmission()));
        if (r < 0.45) {
          const text = JSON.stringify(validSubmission());
          return post("bad-json", text.slice(0, int(text.length - 1) + 1));
        }
        if (r < 0.52) return post("deep-nesting", `{"answers":${deep(pick([100, 5000, 50_000]))}}`);
        if (r < 0.58)
          return post(
            "not-an-object",
            JSON.stringify(pick([[], "x", 1, null, [validSubmission()]])),
          );
        if (r < 0.64)
          return post("not-utf8", Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]));
        if (r < 0.68) return post("oversize", `{"answers":"${"x".repeat(1_500_000)}"}`);
        if (r < 0.74)
          return post("wrong-content-type", JSON.stringify(validSubmission()), {
            "content-type": pick(["text/plain", "application/x-www-form-urlencoded", ""]),
          });
        if (r < 0.8)
          return post("cross-origin", JSON.stringify(validSubmission()), pick(ORIGIN_ATTACKS));
        if (r < 0.93) {
          const { kind, body } = hostileActionBody();
          return {
            kind: `action body to the page: ${kind}`,
            method: "POST",
            path: "/diagnostic",
            headers: action(pick(Object.values(ids))),
            body,
          };
        }
        return {
          kind: "unknown-action-id",
          method: "POST",
          path: "/diagnostic",
          headers: action(pick(["", "zz", "0".repeat(42), "7f".repeat(21), "x".repeat(5000)])),
          body: "[]",
        };
      },
    },
    {
      name: "sign-in",
      weight: 15,
      make() {
        const r = random();
        if (r < 0.35) {
          const { body, contentType } = multipart(
            [
              ["0", pick(['[{},"$K1"]', "[{}]", '[{},"x"]', '[{},"$K1","$K2"]', "[]"])],
              ["_1_email", pick(["", "a", "@", "a@", "\u0000@x.io", "x".repeat(300), "<b>@x"])],
              ["_1_callbackUrl", pick(["//evil.example", "https://evil.example", "/\\evil", "/o"])],
            ],
            { cut: random() < 0.4 },
          );
          return {
            kind: "action-form",
            method: "POST",
            path: "/sign-in",
            headers: action(signInAction, { "content-type": contentType }),
            body,
          };
        }
        if (r < 0.45) {
          return {
            kind: "action-body",
            method: "POST",
            path: "/sign-in",
            headers: action(pick([signInAction, oauthAction])),
            body: hostileActionBody().body,
          };
        }
        if (r < 0.55) {
          const { body, contentType } = multipart([["provider", String(hostile())]], {
            cut: random() < 0.3,
          });
          return {
            kind: "oauth-form",
            method: "POST",
            path: "/sign-in",
            headers: action(oauthAction, { "content-type": contentType }),
            body,
          };
        }
        const endpoints = [
          ["POST", "/api/auth/signin/email"],
          ["POST", "/api/auth/signout"],
          ["POST", "/api/auth/callback/email"],
          [
            "GET",
            `/api/auth/callback/email?token=${pick(HOSTILE_SEGMENTS)}&email=${pick(HOSTILE_SEGMENTS)}`,
          ],
          ["GET", "/api/auth/session"],
          ["GET", `/api/auth/${pick(HOSTILE_SEGMENTS)}`],
          ["POST", `/api/auth/signin/${pick(["google", "nope", "%00", "email"])}`],
        ];
        const [method, path] = pick(endpoints);
        const bodies = [
          ["application/json", "{bad json"],
          ["application/json", deep(3000)],
          [
            "application/x-www-form-urlencoded",
            `email=${encodeURIComponent(String(hostile()))}&csrfToken=x`,
          ],
          ["application/x-www-form-urlencoded", "%%%&&&=="],
          [
            "multipart/form-data; boundary=x",
            '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\na@',
          ],
          ["text/plain", "\u0000".repeat(100)],
          ["application/x-www-form-urlencoded", `email=${"x".repeat(100_000)}`],
        ];
        const [contentType, body] = pick(bodies);
        return {
          kind: `authjs ${method}`,
          method,
          path,
          headers: {
            "content-type": contentType,
            origin: random() < 0.85 ? base : "https://evil.example",
            cookie:
              random() < 0.5
                ? `authjs.session-token=${pick(HOSTILE_SEGMENTS)}; authjs.csrf-token=${pick(HOSTILE_SEGMENTS)}`
                : "",
          },
          body: method === "POST" ? body : undefined,
        };
      },
    },
    {
      name: "upload",
      weight: 12,
      make() {
        const name = pick([
          "deals\u0000.csv",
          "\u0001\u0002.csv",
          "",
          " ",
          "x".repeat(2000),
          "\u202egpj.csv",
          "../../etc/passwd",
          "deals.csv",
        ]);
        const query = new URLSearchParams({ name });
        if (random() < 0.4) query.set("import", pick(HOSTILE_SEGMENTS.map(decodeSafe)));
        const bodies = [
          Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "latin1"),
          Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]),
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
          Buffer.alloc(0),
          Buffer.from(Array.from({ length: 4096 }, () => int(256))),
          Buffer.from("\u0000\u0000\u0000\u0000".repeat(1000)),
        ];
        const crossSite = random() < 0.25;
        return {
          kind: crossSite ? "cross-origin" : "refused-file",
          method: "POST",
          path: `/o/${ownSlug}/pipeline/imports/upload?${query}`,
          headers: {
            "content-type": "text/csv",
            cookie: random() < 0.9 ? cookie : "",
            origin: crossSite ? pick(["https://evil.example", "null"]) : base,
          },
          // A cross-site attempt carries a perfectly good file: only the origin refuses it.
          body: crossSite ? "Deal ID,Stage,Amount\n1,Won,100\n" : pick(bodies),
        };
      },
    },
    {
      name: "webhook",
      weight: 8,
      make() {
        const signatures = [
          undefined,
          "",
          "t=abc,v1=def",
          `t=${Math.floor(Date.now() / 1000) + 3600},v1=${"0".repeat(64)}`,
          `t=${"9".repeat(20)},v1=x`,
          "v1=only",
          "t=1,t=2,v1=,v0=".repeat(200),
        ];
        const bodies = [
          "{bad json",
          deep(5000),
          JSON.stringify({
            id: "evt_1",
            type: "checkout.session.completed",
            data: { object: hostile() },
          }),
          "x".repeat(1_200_000),
          Buffer.from([0xff, 0xfe, 0x00]),
          "",
        ];
        const signature = pick(signatures);
        return {
          kind: "unsigned-or-malformed",
          method: "POST",
          path: "/api/stripe/webhook",
          headers: {
            "content-type": "application/json",
            ...(signature === undefined ? {} : { "stripe-signature": signature }),
          },
          body: pick(bodies),
        };
      },
    },
    {
      name: "routes",
      weight: 15,
      make() {
        const seg = () => pick(HOSTILE_SEGMENTS);
        const paths = [
          `/o/${ownSlug}/pipeline/imports/${seg()}/status`,
          `/o/${ownSlug}/pipeline/imports/${seg()}/problems`,
          `/o/${ownSlug}/snapshots/${seg()}/versions/${seg()}/pdf`,
          `/o/${seg()}/leads/export`,
          `/o/${ownSlug}/leads/export?${seg()}=${seg()}`,
          `/r/${seg()}/pdf`,
          `/results/${seg()}/pdf`,
          `/results/${seg()}/image`,
          `/o/${seg()}/pipeline/imports/upload`,
          "/api/health",
          "/api/diagnostic/snapshot-attachment",
          `/api/${seg()}`,
        ];
        const method =
          random() < 0.75 ? "GET" : pick(["PUT", "DELETE", "PATCH", "POST", "OPTIONS"]);
        return {
          kind: `${method} route`,
          method,
          path: pick(paths),
          headers: { cookie: random() < 0.7 ? cookie : "", origin: base },
          body: method === "GET" || method === "OPTIONS" ? undefined : String(hostile()),
        };
      },
    },
    {
      name: "pages",
      weight: 10,
      make() {
        const seg = () => pick(HOSTILE_SEGMENTS);
        const paths = [
          `/results/${seg()}`,
          `/s/${seg()}`,
          `/r/${seg()}`,
          `/invitations/${seg()}`,
          `/o/${seg()}`,
          `/o/${ownSlug}/pipeline?stage=${seg()}&owner=${seg()}&source=${seg()}&stale=${seg()}`,
          `/o/${ownSlug}/pipeline/deals/${seg()}`,
          `/o/${ownSlug}/scoreboard/reviews/${seg()}`,
          `/o/${ownSlug}/snapshots/${seg()}/report/${seg()}`,
          `/o/${ownSlug}/billing/receipts/${seg()}`,
          `/o/${ownSlug}/billing/test-checkout/${seg()}`,
          `/diagnostic?org=${seg()}`,
          `/sign-in?callbackUrl=${seg()}&error=${seg()}`,
          `/${seg()}`,
        ];
        const rsc = random() < 0.2;
        return {
          kind: rsc ? "page as RSC" : "page",
          method: "GET",
          path: pick(paths),
          headers: {
            cookie: random() < 0.6 ? cookie : "",
            ...(rsc ? { rsc: "1" } : {}),
          },
        };
      },
    },
    {
      name: "other actions",
      weight: 10,
      make() {
        const [key, id] = pick(otherActions);
        const bodies = [
          () => hostileActionBody().body,
          () =>
            encodeArgs([
              {
                orgSlug: ownSlug,
                [pick(["id", "importId", "snapshotId", "email", "role", "name"])]: hostile(),
              },
            ]),
          () => encodeArgs([{ orgSlug: hostile() }]),
          () => encodeArgs([{ orgSlug: "some-other-org-entirely" }]),
          () => encodeArgs([{}, hostile()]),
        ];
        return {
          kind: key.split("#")[1],
          method: "POST",
          path: pageOf(id),
          headers: { ...action(id), cookie: random() < 0.85 ? cookie : "" },
          body: pick(bodies)(),
        };
      },
    },
  ];
}

function decodeSafe(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

// ---------------------------------------------------------------------------------------------

function send(base, request, agent) {
  return new Promise((resolve) => {
    const url = new URL(base);
    const body =
      request.body === undefined
        ? undefined
        : Buffer.isBuffer(request.body)
          ? request.body
          : Buffer.from(String(request.body));
    const headers = Object.fromEntries(
      Object.entries(request.headers ?? {}).filter(([, v]) => v !== undefined && v !== ""),
    );
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: request.path,
        headers: { ...headers, ...(body ? { "content-length": body.length } : {}) },
        agent,
        timeout: 30_000,
      },
      (res) => {
        res.resume();
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, requestId: res.headers["x-request-id"] }),
        );
        res.on("error", () => resolve({ status: -1 }));
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", (error) =>
      resolve({ status: error.message === "timeout" ? -2 : -1, error: error.message }),
    );
    if (body) req.end(body);
    else req.end();
  });
}

/** Rows of every table, to find anything a payload left behind. */
async function rowCounts(app) {
  const tables = await app.query(
    `select tablename from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations'`,
  );
  const counts = {};
  for (const { tablename } of tables) {
    // The hourly reminder job mails the demo organization's leads on its review day, whatever
    // the requests: those messages are the schedule's, not a payload's.
    const where = tablename === "MailMessage" ? ` where subject not like 'Pipeline review %'` : "";
    const [row] = await app.query(`select count(*)::int as n from "${tablename}"${where}`);
    counts[tablename] = row.n;
  }
  return counts;
}

/** Bookkeeping that requests are meant to write: limit counters and session touches. */
const BOOKKEEPING = new Set(["RateLimitWindow"]);

async function main() {
  console.log(`fuzz: ${COUNT} payloads, seed ${args.seed}, ${CONCURRENCY} at once`);
  const app = await startApp({
    // Limits stay on, but high: the point is what the code does with the payloads, which a 429
    // in front of it would hide. tests/e2e covers the limits themselves.
    env: {
      RATE_LIMIT_DIAGNOSTIC_PER_CLIENT: "100000/1m",
      RATE_LIMIT_DIAGNOSTIC_PER_LINK: "100000/1m",
      RATE_LIMIT_SIGN_IN_PER_CLIENT: "100000/1m",
      RATE_LIMIT_PDF_PER_CLIENT: "100000/1m",
      RATE_LIMIT_RESULT_PDF_PER_CLIENT: "100000/1m",
      RATE_LIMIT_RESULT_IMAGE_PER_CLIENT: "100000/1m",
      LOG_LEVEL: "error",
    },
    logFile: ".data/fuzz-server.log",
  });
  try {
    // The fuzzing user owns an organization of its own, signed in by a real session.
    const [user] = await app.query(
      `insert into "User" (id, email, name, "updatedAt") values (gen_random_uuid(), $1, 'Fuzz', now()) returning id`,
      [`fuzz-${randomUUID()}@example.com`],
    );
    const ownSlug = `fuzz-${int(1e9).toString(36)}`;
    const [org] = await app.query(
      `insert into "Organization" (id, slug, name, kind, "updatedAt") values (gen_random_uuid(), $1, 'Fuzz Co', 'COMPANY', now()) returning id`,
      [ownSlug],
    );
    await app.query(
      `insert into "Membership" ("organizationId", "userId", role, "updatedAt") values ($1, $2, 'OWNER', now())`,
      [org.id, user.id],
    );
    const token = randomUUID();
    await app.query(
      `insert into "Session" (id, "sessionToken", "userId", expires, "updatedAt") values (gen_random_uuid(), $1, $2, now() + interval '1 day', now())`,
      [createHash("sha256").update(token).digest("hex"), user.id],
    );
    const ids = serverActionIds();
    const { readFileSync } = await import("node:fs");
    const manifest = JSON.parse(
      readFileSync(".next/server/server-reference-manifest.json", "utf8"),
    );
    const workers = Object.fromEntries(
      Object.entries(manifest.node).map(([id, entry]) => [id, Object.keys(entry.workers)]),
    );
    const ctx = {
      base: app.baseUrl,
      ids,
      workers,
      cookie: `authjs.session-token=${token}`,
      ownSlug,
    };
    const list = families(ctx);
    const totalWeight = list.reduce((sum, f) => sum + f.weight, 0);
    const chooseFamily = () => {
      let r = random() * totalWeight;
      for (const family of list) if ((r -= family.weight) < 0) return family;
      return list[0];
    };

    const before = await rowCounts(app);
    const results = new Map();
    const fiveHundreds = [];
    let sent = 0;
    const started = Date.now();
    async function worker(index) {
      // Its own client address, as separate people would have.
      const agent = new http.Agent({ keepAlive: true, localAddress: `127.0.2.${10 + index}` });
      while (sent < COUNT) {
        const number = ++sent;
        const family = chooseFamily();
        const request = family.make();
        const response = await send(app.baseUrl, request, agent);
        const key = `${family.name} · ${request.kind}`;
        const entry = results.get(key) ?? { family: family.name, kind: request.kind, statuses: {} };
        entry.statuses[response.status] = (entry.statuses[response.status] ?? 0) + 1;
        results.set(key, entry);
        if (response.status >= 500 || response.status < 0) {
          fiveHundreds.push({
            key,
            status: response.status,
            requestId: response.requestId,
            method: request.method,
            path: request.path.slice(0, 120),
            error: response.error,
          });
        }
        if (number % 1000 === 0) process.stdout.write(`  ${number} sent\n`);
      }
      agent.destroy();
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => worker(i)));
    const seconds = (Date.now() - started) / 1000;
    const after = await rowCounts(app);

    console.log(`\nsent ${sent} payloads in ${seconds.toFixed(1)} s\n`);
    console.log("family · kind".padEnd(52), "responses by status");
    for (const entry of [...results.values()].sort((a, b) =>
      (a.family + a.kind).localeCompare(b.family + b.kind),
    )) {
      const statuses = Object.entries(entry.statuses)
        .map(([status, n]) => `${status}×${n}`)
        .join("  ");
      console.log(`${entry.family} · ${entry.kind}`.padEnd(52), statuses);
    }

    // A 5xx whose log lines carry no error from our code came from Next.js before it reached us.
    const { readFileSync: read } = await import("node:fs");
    const log = read(".data/fuzz-server.log", "utf8").split("\n");
    const ours = [];
    const framework = [];
    for (const failure of fiveHundreds) {
      const lines = failure.requestId ? log.filter((line) => line.includes(failure.requestId)) : [];
      // Ours: logged by our error handling, or an error raised beneath a frame of the app's
      // compiled code (.next/server) rather than only Next.js' own (node_modules/next).
      const fromOurCode = lines.some(
        (line) =>
          /"msg":"(action failed|request failed)"/.test(line) || /\.next\/server\//.test(line),
      );
      (fromOurCode || failure.status < 0 ? ours : framework).push({
        ...failure,
        lines: lines.slice(0, 3),
      });
    }
    const stray = Object.entries(after)
      .filter(([table, n]) => n !== before[table] && !BOOKKEEPING.has(table))
      .map(([table, n]) => `${table} +${n - before[table]}`);

    console.log(`\n5xx from our code: ${ours.length}`);
    for (const f of ours.slice(0, 20))
      console.log(
        `  ${f.status} ${f.method} ${f.path} (${f.key}) ${f.error ?? ""}\n    ${f.lines.join("\n    ")}`,
      );
    console.log(`5xx from the framework before our code: ${framework.length}`);
    const kinds = new Map();
    for (const f of framework) kinds.set(f.key, (kinds.get(f.key) ?? 0) + 1);
    for (const [key, n] of kinds) console.log(`  ${n} × ${key}`);
    for (const f of framework.slice(0, 5))
      console.log(`    e.g. ${f.method} ${f.path}\n      ${f.lines.join("\n      ")}`);
    console.log(`rows written: ${stray.length === 0 ? "none" : stray.join(", ")}`);
    if (after.MailMessage !== before.MailMessage) {
      const mail = await app.query(
        `select "to", subject from "MailMessage" where subject not like 'Pipeline review %' order by "createdAt" desc limit $1`,
        [after.MailMessage - before.MailMessage],
      );
      for (const m of mail) console.log(`  mail to ${JSON.stringify(m.to)}: ${m.subject}`);
    }
    console.log(
      `limit counters written (bookkeeping): ${(after.RateLimitWindow ?? 0) - (before.RateLimitWindow ?? 0)}`,
    );
    process.exitCode = ours.length > 0 || stray.length > 0 ? 1 : 0;
  } finally {
    await app.stop();
  }
}

await main();
