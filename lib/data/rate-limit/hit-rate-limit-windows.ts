import { db } from "@/lib/db";

export type WindowHit = { key: string; windowStart: Date; expiresAt: Date };

/**
 * Count one request against each window, in one statement, and return each window's count
 * including this request. The upsert takes the row lock, so concurrent callers are counted one
 * after another and each sees a distinct count: no two can both read "under the limit".
 */
export async function hitRateLimitWindows(hits: WindowHit[]): Promise<Map<string, number>> {
  if (hits.length === 0) return new Map();
  // Rows are locked in key order, whichever order the caller named them in: no deadlocks.
  hits = [...hits].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rows = await db.$queryRaw<{ key: string; count: number }[]>`
    insert into "RateLimitWindow" ("key", "windowStart", "count", "expiresAt")
    select h.key, h.window_start::timestamp, 1, h.expires_at::timestamp
    from unnest(
      ${hits.map((h) => h.key)}::text[],
      ${hits.map((h) => h.windowStart.toISOString())}::text[],
      ${hits.map((h) => h.expiresAt.toISOString())}::text[]
    ) as h(key, window_start, expires_at)
    on conflict ("key", "windowStart")
      do update set "count" = "RateLimitWindow"."count" + 1
    returning "key", "count"`;
  return new Map(rows.map((row) => [row.key, Number(row.count)]));
}
