import type { ReactNode } from "react";

const dayFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/**
 * A page as it prints: a running header with the company, the date and the review on every
 * sheet, and no controls (a button or a form is of no use on paper). Chromium repeats a fixed
 * element on each printed page but lets the content run under it, and repeats a table's header
 * row too: the empty header row reserves the header's height on every page. On screen both are
 * plain blocks and the header is hidden.
 */
export function PrintFrame({
  company,
  review,
  date = new Date(),
  children,
}: {
  company: string;
  /** "Review 4", or null when there is no review to name. */
  review: string | null;
  date?: Date;
  children: ReactNode;
}) {
  return (
    <>
      <div
        className="fixed inset-x-0 top-0 hidden h-10 items-center justify-between gap-4 border-b border-slate-300 bg-white text-sm print:flex"
        data-testid="print-header"
      >
        <span className="text-ink font-semibold">{company}</span>
        <span className="text-muted">
          {[review, `Printed ${dayFormat.format(date)}`].filter(Boolean).join(" · ")}
        </span>
      </div>
      <table className="block w-full print:table">
        <thead className="hidden print:table-header-group">
          <tr>
            <td>
              <div className="h-14" />
            </td>
          </tr>
        </thead>
        <tbody className="block print:table-row-group">
          <tr className="block print:table-row">
            <td className="block p-0 print:table-cell print:[&_a[data-control]]:hidden print:[&_button]:hidden print:[&_details:has(form)]:hidden print:[&_form]:hidden">
              {children}
            </td>
          </tr>
        </tbody>
      </table>
    </>
  );
}
