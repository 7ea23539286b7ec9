import Link from "next/link";
import { nextDirection, type SortDirection } from "@/lib/http/sort-and-page";
import { cn } from "./cn";

/**
 * "Order by: Open amount ▼ · Days in stage · × usual stay" for a server-rendered list that is not
 * a table (SortHeader is the table's column header). Each option is a link built by `href`;
 * the current one reverses, another starts at its own default direction.
 */
export function SortOptions<S extends string>({
  options,
  sort,
  direction,
  href,
  label = "Order by",
  className,
}: {
  options: { column: S; label: string; defaultDirection?: SortDirection }[];
  sort: S;
  direction: SortDirection;
  href: (sort: S, direction: SortDirection) => string;
  label?: string;
  className?: string;
}) {
  return (
    <nav
      aria-label={label}
      className={cn("flex flex-wrap items-center gap-x-1 gap-y-1 text-sm print:hidden", className)}
    >
      <span className="text-muted mr-1">{label}:</span>
      {options.map((o) => {
        const active = o.column === sort;
        return (
          <Link
            key={o.column}
            href={href(o.column, nextDirection(o.column, { sort, direction }, o.defaultDirection))}
            scroll={false}
            aria-current={active ? "true" : undefined}
            className={cn(
              "inline-flex items-center gap-1 rounded-md px-2 py-1 font-medium",
              active ? "text-ink bg-slate-100" : "text-brand-700 hover:bg-slate-50",
            )}
          >
            {o.label}
            <span aria-hidden="true" className={cn("text-xs", !active && "opacity-40")}>
              {active ? (direction === "asc" ? "▲" : "▼") : "↕"}
            </span>
            {active ? (
              <span className="sr-only">
                , {direction === "asc" ? "ascending" : "descending"}; reverse
              </span>
            ) : null}
          </Link>
        );
      })}
    </nav>
  );
}
