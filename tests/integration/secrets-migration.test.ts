/**
 * The upgrade that stops storing usable tokens, run on a database holding rows the way they
 * were stored before it: plain session tokens, provider tokens, plain result links and relayed
 * mail with bodies. Afterwards the app, connected to that database, still signs in the old
 * cookie and opens the old link, and nothing usable is left in the tables.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diagnostic, scoreDiagnostic } from "@/lib/domain/diagnostic";
import { enableLocalAppLogin } from "../../scripts/lib/app-role.mjs";
import { createMigrator } from "../../scripts/lib/migrator.mjs";
import { sessionCookie } from "../support/fixtures";
import { createEmptyDatabase, query } from "../support/test-database";

const UPGRADE = "20261201113000_secrets_at_rest";
const oldAnswers = Object.fromEntries(
  diagnostic.questions.map((q) => [q.id, q.options[q.options.length - 1]!.id]),
);
const oldResult = scoreDiagnostic(oldAnswers);
const migrationsDir = path.resolve("prisma/migrations");
const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
let historyRoot: string;
const old = {
  userId: randomUUID(),
  email: `before-upgrade-${randomUUID().slice(0, 8)}@example.com`,
  sessionToken: randomUUID(),
  organizationId: randomUUID(),
  resultToken: randomBytes(32).toString("base64url"),
};

/** A copy of the migration history as it stood before the upgrade. */
function historyBeforeUpgrade(): string {
  const root = mkdtempSync(path.join(tmpdir(), "history-"));
  mkdirSync(path.join(root, "prisma/migrations"), { recursive: true });
  cpSync(path.resolve("prisma/schema.prisma"), path.join(root, "prisma/schema.prisma"));
  cpSync(
    path.join(migrationsDir, "migration_lock.toml"),
    path.join(root, "prisma/migrations/migration_lock.toml"),
  );
  for (const name of readdirSync(migrationsDir).sort()) {
    if (!statSync(path.join(migrationsDir, name)).isDirectory() || name >= UPGRADE) continue;
    cpSync(path.join(migrationsDir, name), path.join(root, "prisma/migrations", name), {
      recursive: true,
    });
  }
  return root;
}

async function deploy(root?: string) {
  const migrator = await createMigrator({ url: database.url, ...(root ? { root } : {}) });
  try {
    return await migrator.deploy();
  } finally {
    migrator.close();
  }
}

beforeAll(async () => {
  database = await createEmptyDatabase();
  historyRoot = historyBeforeUpgrade();
  const before = await deploy(historyRoot);
  expect(before).not.toContain(UPGRADE);

  const sql = (text: string, params: unknown[] = []) => query(database.url, text, params);
  await sql(`insert into "User" (id, email, "updatedAt") values ($1, $2, now())`, [
    old.userId,
    old.email,
  ]);
  await sql(
    `insert into "Session" (id, "sessionToken", "userId", expires, "updatedAt")
     values ($1, $2, $3, now() + interval '20 days', now())`,
    [randomUUID(), old.sessionToken, old.userId],
  );
  await sql(
    `insert into "Account" (id, "userId", type, provider, "providerAccountId", access_token,
       refresh_token, id_token, scope, "updatedAt")
     values ($1, $2, 'oidc', 'google', 'g-1', 'old-access', 'old-refresh', 'old-id', 'openid', now())`,
    [randomUUID(), old.userId],
  );
  await sql(
    `insert into "Organization" (id, slug, name, kind, "updatedAt") values ($1, $2, 'Before', 'PLATFORM', now())`,
    [old.organizationId, `before-${old.organizationId.slice(0, 8)}`],
  );
  await sql(
    `insert into "DiagnosticAssessment" (id, "organizationId", "submissionId", "accessToken", "bankVersion",
       answers, scores, "primary", "updatedAt")
     values ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
    [
      randomUUID(),
      old.organizationId,
      randomUUID(),
      old.resultToken,
      diagnostic.version,
      JSON.stringify(oldAnswers),
      JSON.stringify(oldResult.fractures),
      oldResult.primary,
    ],
  );
  await sql(
    `insert into "MailMessage" (id, "to", subject, text, html, transport, status)
     values ($1, 'relayed@example.com', 'Relayed', 'link https://x/relayed', '<p>relayed</p>', 'SMTP', 'SENT'),
            ($2, 'kept@example.com', 'Kept', 'link https://x/kept', '<p>kept</p>', 'OUTBOX', 'SENT')`,
    [randomUUID(), randomUUID()],
  );

  expect(await deploy()).toContain(UPGRADE);
  // The app under test talks to this database, as its own role, from here on.
  process.env.DATABASE_URL = await enableLocalAppLogin(database.url);
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await database?.drop();
  if (historyRoot) rmSync(historyRoot, { recursive: true, force: true });
});

describe("the secrets-at-rest upgrade", () => {
  it("keeps an existing session signed in by its cookie, with only the hash stored", async () => {
    const rows = await query<{ sessionToken: string }>(
      database.url,
      `select "sessionToken" from "Session" where "userId" = $1`,
      [old.userId],
    );
    expect(rows).toEqual([{ sessionToken: sha256(old.sessionToken) }]);

    const { handlers } = await import("@/lib/auth/auth");
    const { NextRequest } = await import("next/server");
    const read = async (token: string) => {
      const response = await handlers.GET(
        new NextRequest(`${process.env.APP_URL}/api/auth/session`, {
          headers: { cookie: sessionCookie(token) },
        }),
      );
      return ((await response.json()) as { user?: { email: string } } | null)?.user?.email;
    };
    expect(await read(old.sessionToken)).toBe(old.email);
    expect(await read(sha256(old.sessionToken))).toBeUndefined();
  });

  it("opens an existing result by its old link, and the link is no longer stored", async () => {
    const { getDiagnosticResult } = await import("@/lib/services/diagnostic/get-diagnostic-result");
    const view = await getDiagnosticResult(old.resultToken);
    expect(view.result).toEqual(oldResult);
    const [row] = await query<{ accessTokenHash: string; whole: string }>(
      database.url,
      `select "accessTokenHash", row_to_json(d)::text as whole from "DiagnosticAssessment" d where "organizationId" = $1`,
      [old.organizationId],
    );
    expect(row!.accessTokenHash).toBe(sha256(old.resultToken));
    expect(row!.whole).not.toContain(old.resultToken);
  });

  it("drops provider tokens and relayed mail bodies, and keeps the local outbox whole", async () => {
    const accounts = await query(
      database.url,
      `select provider, "providerAccountId", scope, access_token, refresh_token, id_token from "Account"`,
    );
    expect(accounts).toEqual([
      {
        provider: "google",
        providerAccountId: "g-1",
        scope: "openid",
        access_token: null,
        refresh_token: null,
        id_token: null,
      },
    ]);
    const mail = await query(
      database.url,
      `select "to", subject, text, html from "MailMessage" order by "to"`,
    );
    expect(mail).toEqual([
      { to: "kept@example.com", subject: "Kept", text: "link https://x/kept", html: "<p>kept</p>" },
      { to: "relayed@example.com", subject: "Relayed", text: null, html: null },
    ]);
  });
});
