import { db } from "@/lib/db";

/** Names of the migrations applied to this database, through a function the app may call. */
export async function appliedMigrations(): Promise<string[]> {
  const rows = await db.$queryRaw<{ name: string }[]>`select app_applied_migrations() as name`;
  return rows.map((row) => row.name);
}
