import { readdirSync } from "node:fs";
import path from "node:path";
import { appliedMigrations } from "@/lib/data/health/applied-migrations";
import { isAppError } from "@/lib/errors";

export type Health =
  | { ok: true; database: "reachable"; migrations: "current" }
  | { ok: false; database: "unreachable" }
  | { ok: false; database: "reachable"; migrations: "behind"; missing: string[] };

let shipped: string[] | undefined;

/** The migrations this release was built with: the folders under prisma/migrations. */
function shippedMigrations(): string[] {
  shipped ??= readdirSync(path.join(process.cwd(), "prisma", "migrations"), {
    withFileTypes: true,
  })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return shipped;
}

/**
 * Whether this instance can serve: Postgres answers, and every migration the release ships has
 * been applied (a database ahead of the release, during a rolling deploy, is fine).
 */
export async function checkHealth(): Promise<Health> {
  let applied: string[];
  try {
    applied = await appliedMigrations();
  } catch (error) {
    if (isAppError(error) && error.code === "UNAVAILABLE")
      return { ok: false, database: "unreachable" };
    throw error;
  }
  const done = new Set(applied);
  const missing = shippedMigrations().filter((name) => !done.has(name));
  if (missing.length > 0)
    return { ok: false, database: "reachable", migrations: "behind", missing };
  return { ok: true, database: "reachable", migrations: "current" };
}
