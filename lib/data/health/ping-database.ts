import { db } from "@/lib/db";

/** One round trip to Postgres; throws UNAVAILABLE when it cannot be reached. */
export async function pingDatabase(): Promise<void> {
  await db.$queryRaw`select 1`;
}
