import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres.mjs";
import { createMigrator } from "../../scripts/lib/migrator.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    adminDatabaseUrl: string;
  }
}

/**
 * One real Postgres for the integration suite: TEST_DATABASE_URL's server when given (its database
 * must be empty or ours), otherwise a throwaway embedded server. The shared database is migrated
 * once; tests that need an empty database create their own beside it.
 */
export default async function setup(project: TestProject) {
  let stop: (() => Promise<void>) | undefined;
  let url = process.env.TEST_DATABASE_URL;
  let adminUrl = url ? new URL("/postgres", url).toString() : undefined;
  if (!url) {
    const db = await startEmbeddedPostgres({
      dataDir: `.data/test-pg-${process.pid}`,
      database: "integration",
      persistent: false,
    });
    url = db.url;
    adminUrl = db.adminUrl;
    stop = db.stop;
  }
  const migrator = await createMigrator({ url });
  try {
    await migrator.deploy();
  } finally {
    migrator.close();
  }
  project.provide("databaseUrl", url);
  project.provide("adminDatabaseUrl", adminUrl!);
  return async () => {
    await stop?.();
  };
}
