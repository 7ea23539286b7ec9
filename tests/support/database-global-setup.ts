import type { TestProject } from "vitest/node";
import { enableLocalAppLogin } from "../../scripts/lib/app-role.mjs";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres.mjs";
import { installJobQueue } from "../../scripts/lib/job-queue.mjs";
import { createMigrator } from "../../scripts/lib/migrator.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** What the app connects with: revenue_chain_app, under row-level security. */
    databaseUrl: string;
    /** The tables' owner, for migrations and for tests that inspect rows directly. */
    ownerDatabaseUrl: string;
    /** The server's maintenance database, for creating and dropping databases. */
    adminDatabaseUrl: string;
  }
}

/**
 * One real Postgres for the integration suite: TEST_DATABASE_URL's server when given (an owner
 * connection to an empty database), otherwise a throwaway embedded server. The shared database is
 * migrated once; tests that need an empty database create their own beside it.
 */
export default async function setup(project: TestProject) {
  let stop: (() => Promise<void>) | undefined;
  let ownerUrl = process.env.TEST_DATABASE_URL;
  let adminUrl = ownerUrl ? new URL("/postgres", ownerUrl).toString() : undefined;
  if (!ownerUrl) {
    const db = await startEmbeddedPostgres({
      dataDir: `.data/test-pg-${process.pid}`,
      database: "integration",
      persistent: false,
    });
    ownerUrl = db.url;
    adminUrl = db.adminUrl;
    stop = db.stop;
  }
  const migrator = await createMigrator({ url: ownerUrl });
  try {
    await migrator.deploy();
  } finally {
    migrator.close();
  }
  await installJobQueue(ownerUrl);
  project.provide("databaseUrl", await enableLocalAppLogin(ownerUrl));
  project.provide("ownerDatabaseUrl", ownerUrl);
  project.provide("adminDatabaseUrl", adminUrl!);
  return async () => {
    await stop?.();
  };
}
