/**
 * A Postgres outage, on an instance of the app with a database of its own that the test stops
 * and starts again: health answers 503 while it is down and 200 within seconds of its return,
 * pages say the service is briefly unavailable (503) and keep the person signed in, a submission
 * refused meanwhile goes through afterwards, once.
 */
import { createHash, randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { diagnostic } from "../../lib/domain/diagnostic";
import { enableLocalAppLogin } from "../../scripts/lib/app-role.mjs";
import {
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from "../../scripts/lib/embedded-postgres.mjs";
import { installJobQueue } from "../../scripts/lib/job-queue.mjs";
import { createMigrator } from "../../scripts/lib/migrator.mjs";
import { startExtraServer, type ExtraServer } from "./support/extra-server";

const DATA_DIR = `.data/outage-pg-${process.pid}`;

let database: EmbeddedDatabase;
let server: ExtraServer;
let cookie = "";
let slug = "";

async function owner(sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await startEmbeddedPostgres({ dataDir: DATA_DIR, persistent: true });
  const migrator = await createMigrator({ url: database.url });
  try {
    await migrator.deploy();
  } finally {
    migrator.close();
  }
  await installJobQueue(database.url);
  const appUrl = await enableLocalAppLogin(database.url);
  await owner(
    `insert into "Organization" (id, slug, name, kind, "updatedAt")
     values (gen_random_uuid(), 'revenue-chain', 'Revenue Chain', 'PLATFORM', now())`,
  );
  slug = `outage-${randomUUID().slice(0, 8)}`;
  const [user] = await owner(
    `insert into "User" (id, email, name, "updatedAt") values (gen_random_uuid(), $1, 'Ops', now()) returning id`,
    [`${slug}@example.com`],
  );
  const [org] = await owner(
    `insert into "Organization" (id, slug, name, kind, "updatedAt") values (gen_random_uuid(), $1, 'Outage Co', 'COMPANY', now()) returning id`,
    [slug],
  );
  await owner(
    `insert into "Membership" ("organizationId", "userId", role, "updatedAt") values ($1, $2, 'OWNER', now())`,
    [org.id, user.id],
  );
  const token = randomUUID();
  await owner(
    `insert into "Session" (id, "sessionToken", "userId", expires, "updatedAt")
     values (gen_random_uuid(), $1, $2, now() + interval '1 day', now())`,
    [createHash("sha256").update(token).digest("hex"), user.id],
  );
  cookie = `authjs.session-token=${token}`;
  server = await startExtraServer({}, { databaseUrl: appUrl });
});

test.afterAll(async () => {
  await server?.stop();
  await database?.stop().catch(() => {});
  rmSync(DATA_DIR, { recursive: true, force: true });
});

const submission = () => ({
  submissionId: randomUUID(),
  bankVersion: diagnostic.version,
  answers: Object.fromEntries(diagnostic.questions.map((q) => [q.id, q.options[1]!.id])),
  context: {},
});

function submit(body: unknown) {
  return fetch(`${server.baseUrl}/api/diagnostic/submissions`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.baseUrl },
    body: JSON.stringify(body),
  });
}

test("while Postgres is down the app says so with 503s, and it recovers on its own", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const health = () => fetch(`${server.baseUrl}/api/health`, { cache: "no-store" });
  expect((await health()).status).toBe(200);
  const home = `${server.baseUrl}/o/${slug}`;
  await page
    .context()
    .addCookies([
      { name: "authjs.session-token", value: cookie.split("=")[1]!, url: server.baseUrl },
    ]);
  await page.goto(home);
  await expect(page.getByRole("heading", { name: "Outage Co" })).toBeVisible();

  await database.stop();

  const down = await health();
  expect(down.status).toBe(503);
  expect(await down.json()).toMatchObject({ ok: false, database: "unreachable" });

  // A signed-in page: "briefly unavailable", not the sign-in page.
  const response = await page.goto(home);
  expect(response?.status()).toBe(503);
  await expect(
    page.getByRole("heading", { name: "Revenue Chain is briefly unavailable" }),
  ).toBeVisible();
  await expect(page).toHaveURL(home);

  const refused = submission();
  const answer = await submit(refused);
  expect(answer.status).toBe(503);
  expect(answer.headers.get("retry-after")).toBe("5");
  expect(((await answer.json()) as { error: string }).error).toMatch(/briefly unavailable/);

  database = await startEmbeddedPostgres({
    dataDir: DATA_DIR,
    port: database.port,
    persistent: true,
  });
  const back = Date.now();
  await expect
    .poll(async () => (await health()).status, { timeout: 5_000, intervals: [250] })
    .toBe(200);
  expect(Date.now() - back).toBeLessThan(5_000);

  // Still signed in, with the same cookie; the refused submission goes through, once.
  await page.goto(home);
  await expect(page.getByRole("heading", { name: "Outage Co" })).toBeVisible();
  expect((await submit(refused)).status).toBe(201);
  expect((await submit(refused)).status).toBe(200);
  const stored = await owner(
    `select count(*)::int as n from "DiagnosticAssessment" where "submissionId" = $1`,
    [refused.submissionId],
  );
  expect(stored[0].n).toBe(1);
});
