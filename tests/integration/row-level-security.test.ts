import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { query } from "../support/test-database";

const appUrl = inject("databaseUrl");
const ownerUrl = inject("ownerDatabaseUrl");

/** Run statements as the app's role in one transaction, with the given settings. */
async function asApp<T extends pg.QueryResultRow>(
  settings: { organizationId?: string; userId?: string; accessToken?: string },
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: appUrl });
  await client.connect();
  try {
    await client.query("begin");
    await client.query(
      `select set_config('app.organization_id', $1, true), set_config('app.user_id', $2, true),
              set_config('app.access_token', $3, true)`,
      [settings.organizationId ?? "", settings.userId ?? "", settings.accessToken ?? ""],
    );
    const { rows } = await client.query<T>(sql, params);
    await client.query("commit");
    return rows;
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

const orgA = randomUUID();
const orgB = randomUUID();
const userA = randomUUID();
/** A private link is stored as the SHA-256 (hex) of its token; the app sets that hash. */
const tokenHashA = randomBytes(32).toString("hex");

async function insertAssessment(organizationId: string, accessTokenHash: string) {
  await query(
    ownerUrl,
    `insert into "DiagnosticAssessment" (id, "organizationId", "submissionId", "accessTokenHash", "bankVersion",
       answers, scores, "updatedAt")
     values ($1, $2, $3, $4, 'diagnostic-v1', '{}', '[]', now())`,
    [randomUUID(), organizationId, randomUUID(), accessTokenHash],
  );
}

beforeAll(async () => {
  for (const [id, slug] of [
    [orgA, `rls-a-${orgA.slice(0, 8)}`],
    [orgB, `rls-b-${orgB.slice(0, 8)}`],
  ]) {
    await query(
      ownerUrl,
      `insert into "Organization" (id, slug, name, "updatedAt") values ($1, $2, $2, now())`,
      [id, slug],
    );
  }
  await query(ownerUrl, `insert into "User" (id, email, "updatedAt") values ($1, $2, now())`, [
    userA,
    `rls-${userA}@example.com`,
  ]);
  await query(
    ownerUrl,
    `insert into "Membership" ("organizationId", "userId", role, "updatedAt") values ($1, $2, 'OWNER', now())`,
    [orgA, userA],
  );
  await insertAssessment(orgA, tokenHashA);
  await insertAssessment(orgA, randomBytes(32).toString("hex"));
  await insertAssessment(orgB, randomBytes(32).toString("hex"));
});

afterAll(async () => {
  await query(ownerUrl, `delete from "Organization" where id = any($1::uuid[])`, [[orgA, orgB]]);
  await query(ownerUrl, `delete from "User" where id = $1`, [userA]);
});

describe("the app's database role", () => {
  it("is not a superuser, cannot bypass row-level security, and owns no table", async () => {
    const [role] = await asApp<{ rolsuper: boolean; rolbypassrls: boolean }>(
      {},
      `select rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await asApp<{ tablename: string }>(
      {},
      `select tablename from pg_tables where schemaname = 'public' and tableowner = current_user`,
    );
    expect(owned).toEqual([]);
  });

  it("cannot read the migration history", async () => {
    await expect(asApp({}, `select * from "_prisma_migrations"`)).rejects.toThrow(
      /permission denied/,
    );
  });
});

describe("row-level security", () => {
  it("is enabled and forced on every table that carries organizationId", async () => {
    const tables = await query<{ table: string; enabled: boolean; forced: boolean }>(
      ownerUrl,
      `select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r'
          and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'organizationId')
        order by 1`,
    );
    expect(tables.length).toBeGreaterThanOrEqual(2);
    for (const t of tables) expect(t, t.table).toMatchObject({ enabled: true, forced: true });
  });

  it("returns no rows when no tenant is set", async () => {
    const owner = await query<{ n: string }>(
      ownerUrl,
      `select count(*)::text as n from "DiagnosticAssessment"`,
    );
    expect(Number(owner[0]!.n)).toBeGreaterThanOrEqual(3);
    expect(await asApp({}, `select id from "DiagnosticAssessment"`)).toEqual([]);
    expect(await asApp({}, `select "userId" from "Membership"`)).toEqual([]);
  });

  it("shows a tenant its own rows and none of another's", async () => {
    const rows = await asApp<{ organizationId: string }>(
      { organizationId: orgA },
      `select "organizationId" from "DiagnosticAssessment"`,
    );
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.organizationId))).toEqual(new Set([orgA]));
    const other = await asApp(
      { organizationId: orgA },
      `select id from "DiagnosticAssessment" where "organizationId" = $1`,
      [orgB],
    );
    expect(other).toEqual([]);
  });

  it("refuses to write a row into another tenant", async () => {
    await expect(
      asApp(
        { organizationId: orgA },
        `insert into "DiagnosticAssessment" (id, "organizationId", "submissionId", "accessTokenHash", "bankVersion",
           answers, scores, "updatedAt") values ($1, $2, $3, $4, 'diagnostic-v1', '{}', '[]', now())`,
        [randomUUID(), orgB, randomUUID(), randomBytes(32).toString("hex")],
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("cannot update or delete another tenant's rows", async () => {
    const updated = await asApp(
      { organizationId: orgA },
      `update "DiagnosticAssessment" set role = 'x' where "organizationId" = $1 returning id`,
      [orgB],
    );
    const deleted = await asApp(
      { organizationId: orgA },
      `delete from "DiagnosticAssessment" where "organizationId" = $1 returning id`,
      [orgB],
    );
    expect(updated).toEqual([]);
    expect(deleted).toEqual([]);
  });

  it("shows exactly one assessment to the holder of its private link", async () => {
    const rows = await asApp<{ accessTokenHash: string }>(
      { accessToken: tokenHashA },
      `select "accessTokenHash" from "DiagnosticAssessment"`,
    );
    expect(rows).toEqual([{ accessTokenHash: tokenHashA }]);
  });

  it("shows a user their own memberships across organizations, and nobody else's", async () => {
    const mine = await asApp<{ organizationId: string }>(
      { userId: userA },
      `select "organizationId" from "Membership"`,
    );
    expect(mine).toEqual([{ organizationId: orgA }]);
    expect(await asApp({ userId: randomUUID() }, `select 1 from "Membership"`)).toEqual([]);
  });
});
