/**
 * The abuse limits over HTTP, on two more instances of the app sharing the suite's database, with
 * the default limits: the counts hold across instances, concurrent requests cannot slip past
 * them, and X-Forwarded-For does not make one client many.
 */
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { diagnostic } from "../../lib/domain/diagnostic";
import { startExtraServer, type ExtraServer } from "./support/extra-server";
import { request, requestSignInLink } from "./support/http-client";
import { clearOfWindowEdge } from "./support/limit-window";
import { mailCountTo } from "./support/mailbox";

/** The defaults in lib/env.ts. */
const LINKS_PER_ADDRESS = 5;
const LINKS_PER_CLIENT = 20;
const DIAGNOSTICS_PER_CLIENT = 10;
const SIGN_IN_WINDOW_SECONDS = 15 * 60;
const DIAGNOSTIC_WINDOW_SECONDS = 10 * 60;

/** A loopback source address of its own for each test, so no two share a client's counts. */
let block = 10 + Math.floor(Math.random() * 200);
const nextBlock = () => `127.${++block}`;

let servers: ExtraServer[] = [];

// Room for a wait at a window's edge on top of the burst itself.
test.describe.configure({ timeout: 150_000 });

test.beforeAll(async () => {
  servers = await Promise.all([startExtraServer(), startExtraServer()]);
});

test.afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

test("40 sign-in requests for one address at once, across two instances, send 5 links", async () => {
  const email = `burst-${randomUUID()}@example.com`;
  await clearOfWindowEdge(SIGN_IN_WINDOW_SECONDS, 30);
  const prefix = nextBlock();
  const answers = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      requestSignInLink(servers[i % 2]!.baseUrl, email, `${prefix}.0.${i + 1}`),
    ),
  );
  expect(answers.every((a) => a.status < 500)).toBe(true);
  expect(await mailCountTo([email])).toBe(LINKS_PER_ADDRESS);
});

test("100 sign-in requests from one client with a rotating X-Forwarded-For send 20 links", async () => {
  const from = `${nextBlock()}.1.1`;
  const emails = Array.from({ length: 100 }, () => `rotate-${randomUUID()}@example.com`);
  await clearOfWindowEdge(SIGN_IN_WINDOW_SECONDS, 60);
  for (let i = 0; i < emails.length; i += 10) {
    await Promise.all(
      emails.slice(i, i + 10).map((email, j) =>
        requestSignInLink(servers[(i + j) % 2]!.baseUrl, email, from, {
          "x-forwarded-for": `198.51.100.${(i + j) % 250}, 203.0.113.${j}`,
          "x-real-ip": `192.0.2.${i + j}`,
        }),
      ),
    );
  }
  expect(await mailCountTo(emails)).toBe(LINKS_PER_CLIENT);
});

test("200 diagnostic submissions from one client in a minute: 429 with Retry-After past the limit", async () => {
  const from = `${nextBlock()}.2.1`;
  const answers = Object.fromEntries(diagnostic.questions.map((q) => [q.id, q.options[0]!.id]));
  const statuses: number[] = [];
  let retryAfter: string | undefined;
  let message = "";
  await clearOfWindowEdge(DIAGNOSTIC_WINDOW_SECONDS, 60);
  for (let i = 0; i < 200; i++) {
    const answer = await request(`${servers[i % 2]!.baseUrl}/api/diagnostic/submissions`, {
      method: "POST",
      from,
      headers: { "content-type": "application/json", origin: servers[i % 2]!.baseUrl },
      body: JSON.stringify({
        submissionId: randomUUID(),
        bankVersion: diagnostic.version,
        answers,
        context: {},
      }),
    });
    statuses.push(answer.status);
    if (answer.status === 429 && !retryAfter) {
      retryAfter = String(answer.headers["retry-after"]);
      message = (JSON.parse(answer.body) as { error: string }).error;
    }
  }
  expect(statuses.slice(0, DIAGNOSTICS_PER_CLIENT).every((s) => s === 201)).toBe(true);
  expect(statuses.slice(DIAGNOSTICS_PER_CLIENT).every((s) => s === 429)).toBe(true);
  expect(Number(retryAfter)).toBeGreaterThan(0);
  expect(message).toMatch(
    /Your answers are kept on this page: send them again in \d+ (minutes?|seconds?)\./,
  );
});
