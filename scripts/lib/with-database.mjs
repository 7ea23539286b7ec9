import { startEmbeddedPostgres } from "./embedded-postgres.mjs";

export const DEV_DATA_DIR = ".data/pg";

/**
 * Run `fn` against the owner's connection (MIGRATION_DATABASE_URL, else DATABASE_URL), or, when it is unset, against the embedded development database
 * (started for the call and stopped after it).
 */
export async function withDatabase(fn) {
  const configured = process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL;
  if (configured) return fn(configured);
  const port = process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined;
  const db = await startEmbeddedPostgres({ dataDir: DEV_DATA_DIR, port });
  try {
    return await fn(db.url);
  } finally {
    await db.stop();
  }
}
