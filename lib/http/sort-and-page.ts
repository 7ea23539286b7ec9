import { z } from "zod";

export type SortDirection = "asc" | "desc";

/** A list's sort and page as the address asks for them, checked and defaulted. */
export type SortAndPage<S extends string> = {
  sort: S;
  direction: SortDirection;
  /** 1-based; never below 1. Past the last page is the caller's to clamp (it knows the total). */
  page: number;
  pageSize: number;
  /** Rows to skip for `page`. */
  offset: number;
};

/**
 * Read `sort`, `dir` and `page` from a page's search params. Anything unknown or malformed falls
 * back to the default rather than failing: an address edited by hand still shows the list. A
 * sort without a direction takes that column's own default (amounts largest first, names A–Z).
 */
export function parseSortAndPage<const S extends string>(
  raw: Record<string, string | string[] | undefined>,
  options: {
    sorts: readonly [S, ...S[]];
    defaultSort: NoInfer<S>;
    /** Each column's direction when the address names none; "desc" unless given. */
    defaultDirections?: Partial<Record<NoInfer<S>, SortDirection>>;
    pageSize: number;
  },
): SortAndPage<S> {
  const one = (key: string) => (typeof raw[key] === "string" ? raw[key] : undefined);
  const sort = z.enum(options.sorts).catch(options.defaultSort).parse(one("sort"));
  const direction = z
    .enum(["asc", "desc"])
    .catch(options.defaultDirections?.[sort] ?? "desc")
    .parse(one("dir"));
  const page = z.coerce.number().int().min(1).max(1_000_000).catch(1).parse(one("page"));
  return {
    sort,
    direction,
    page,
    pageSize: options.pageSize,
    offset: (page - 1) * options.pageSize,
  };
}

/**
 * The direction a sort link asks for: the current column reverses, another column starts at its
 * own default (amounts and durations largest first).
 */
export function nextDirection<S extends string>(
  column: S,
  current: { sort: S; direction: SortDirection },
  defaultDirection: SortDirection = "desc",
): SortDirection {
  if (current.sort !== column) return defaultDirection;
  return current.direction === "asc" ? "desc" : "asc";
}

/** How many pages `total` rows make (at least one, so an empty list still has page 1). */
export function pageCount(total: number, pageSize: number) {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The 1-based first and last row shown on `page`: "26–50 of 61" is { first: 26, last: 50 }. */
export function pageRows(page: number, pageSize: number, total: number) {
  if (total === 0) return { first: 0, last: 0 };
  const first = Math.min((page - 1) * pageSize + 1, total);
  return { first, last: Math.min(page * pageSize, total) };
}

/**
 * An address on `base` keeping `params` (filters and the like), with `changes` applied; an
 * undefined or empty value drops its key, so defaults stay out of the address.
 */
export function listHref(
  base: string,
  params: Record<string, string | number | undefined>,
  changes: Record<string, string | number | undefined> = {},
) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, ...changes }))
    if (value !== undefined && value !== "") query.set(key, String(value));
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}
