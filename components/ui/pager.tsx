import Link from "next/link";
import { pageCount, pageRows } from "@/lib/http/sort-and-page";
import { cn } from "./cn";

const count = new Intl.NumberFormat("en-US");

/**
 * "26–50 of 61" and links to every page (long runs folded around the current one), for a list
 * paged by the address. `href` builds a page's address, keeping the list's filters and sort.
 */
export function Pager({
  page,
  pageSize,
  total,
  href,
  label,
  className,
}: {
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
  /** What the navigation is for screen readers: "Stale deal pages". */
  label: string;
  className?: string;
}) {
  const pages = pageCount(total, pageSize);
  const { first, last } = pageRows(page, pageSize, total);
  const link = "rounded-md px-2.5 py-1 text-sm font-medium";
  return (
    <nav
      aria-label={label}
      className={cn("flex flex-wrap items-center justify-between gap-3", className)}
    >
      <p className="text-muted text-sm tabular-nums" data-testid="pager-range">
        {total === 0
          ? "None"
          : `${count.format(first)}–${count.format(last)} of ${count.format(total)}`}
      </p>
      {pages > 1 ? (
        <ul className="flex flex-wrap items-center gap-1 print:hidden">
          {page > 1 ? (
            <li>
              <Link href={href(page - 1)} scroll={false} className={cn(link, "text-brand-700")}>
                Previous
              </Link>
            </li>
          ) : null}
          {shownPages(page, pages).map((p, i) =>
            p === null ? (
              <li key={`gap-${i}`} className="text-muted px-1" aria-hidden="true">
                …
              </li>
            ) : (
              <li key={p}>
                <Link
                  href={href(p)}
                  scroll={false}
                  aria-current={p === page ? "page" : undefined}
                  aria-label={`Page ${p}`}
                  className={cn(
                    link,
                    "tabular-nums",
                    p === page ? "bg-brand-600 text-white" : "text-brand-700 hover:bg-slate-100",
                  )}
                >
                  {p}
                </Link>
              </li>
            ),
          )}
          {page < pages ? (
            <li>
              <Link href={href(page + 1)} scroll={false} className={cn(link, "text-brand-700")}>
                Next
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}
    </nav>
  );
}

/** First, last, and two either side of the current page; null where pages are folded. */
function shownPages(page: number, pages: number): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - page) <= 2) shown.push(p);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}
