import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMigrator, type Migrator } from "../../scripts/lib/migrator.mjs";
import { createEmptyDatabase, query } from "../support/test-database";

const migrationsDir = path.resolve("prisma/migrations");
const migrationNames = readdirSync(migrationsDir)
  .filter((name) => statSync(path.join(migrationsDir, name)).isDirectory())
  .sort();

describe("the migration history", () => {
  let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
  let migrator: Migrator;

  beforeAll(async () => {
    database = await createEmptyDatabase();
    migrator = await createMigrator({ url: database.url });
  });

  afterAll(async () => {
    migrator?.close();
    await database?.drop();
  });

  it("applies every migration folder to an empty database, in order, and records each", async () => {
    const applied = await migrator.deploy();
    expect(applied).toEqual(migrationNames);
    const rows = await query<{ migration_name: string }>(
      database.url,
      `select migration_name from _prisma_migrations where finished_at is not null order by migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(migrationNames);
  });

  it("yields exactly schema.prisma: no drift between the migrated database and the schema", async () => {
    const diff = await migrator.diffDatabaseToSchema();
    expect(diff.script.trim()).toBe("-- This is an empty migration.");
    expect(diff.exitCode).toBe(0);
  });

  it("applies nothing the second time", async () => {
    expect(await migrator.deploy()).toEqual([]);
  });

  it("notices drift, so the check above can fail", async () => {
    await query(database.url, `alter table "DiagnosticAssessment" drop column "vertical"`);
    const diff = await migrator.diffDatabaseToSchema();
    expect(diff.exitCode).toBe(2);
    expect(diff.script).toMatch(/ADD COLUMN\s+"vertical"/);
  });
});
