import Link from "next/link";
import type { ReactNode } from "react";
import { nextDirection, type SortDirection } from "@/lib/http/sort-and-page";
import { cn } from "./cn";

/**
 * A column header that sorts a server-rendered list by a link: the list's current sort is read
 * from the address, and `href` builds the address for a sort (keeping filters, back to page 1).
 * The current column's link reverses it; another column's starts at that column's own default.
 */
export function SortHeader<S extends string>({
  column,
  children,
  sort,
  direction,
  defaultDirection = "desc",
  href,
  align = "left",
  className,
}: {
  column: S;
  children: ReactNode;
  /** The list's current sort and direction. */
  sort: S;
  direction: SortDirection;
  /** This column's first direction when chosen: "desc" for amounts and durations. */
  defaultDirection?: SortDirection;
  href: (sort: S, direction: SortDirection) => string;
  align?: "left" | "right";
  className?: string;
}) {
  const active = sort === column;
  const next = nextDirection(column, { sort, direction }, defaultDirection);
  return (
    <th
      scope="col"
      aria-sort={active ? (direction === "asc" ? "ascending" : "descending") : "none"}
      // Relative: the screen-reader text is positioned, and must stay inside a scrolling table.
      className={cn("relative py-2 pr-4 font-medium", align === "right" && "text-right", className)}
    >
      <Link
        href={href(column, next)}
        scroll={false}
        className={cn(
          "inline-flex items-center gap-1 hover:underline",
          align === "right" && "flex-row-reverse",
          active ? "text-ink" : "text-muted",
        )}
      >
        <span>{children}</span>
        <span aria-hidden="true" className={cn("text-xs", !active && "opacity-40")}>
          {active ? (direction === "asc" ? "▲" : "▼") : "↕"}
        </span>
        <span className="sr-only">
          {active
            ? `, sorted ${direction === "asc" ? "ascending" : "descending"}; reverse`
            : ", sort by this column"}
        </span>
      </Link>
    </th>
  );
}
