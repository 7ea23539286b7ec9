import { buttonClasses } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";

const count = new Intl.NumberFormat("en-US");

/** The rows an import refused, the first of them shown, all of them as a CSV download. */
export function RefusalsCard({
  problems,
  refused,
  downloadHref,
  imported,
}: {
  problems: { file: string; line: number; column: string; reason: string }[];
  refused: number;
  downloadHref: string;
  /** Whether the rest of the rows were imported. */
  imported: boolean;
}) {
  if (problems.length === 0) return null;
  return (
    <Card className="mt-6 min-w-0">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <CardTitle>Refused rows</CardTitle>
        <a href={downloadHref} className={buttonClasses("secondary")} download>
          Download all as CSV
        </a>
      </div>
      <p className="text-muted mt-1 text-sm">
        {count.format(refused)} row{refused === 1 ? " was" : "s were"} refused
        {imported ? "; the rest were imported" : ""}.{" "}
        {problems.length < refused ? `The first ${problems.length} are shown. ` : ""}Fix them in the
        CRM and import the next export.
      </p>
      <div className="-mx-5 mt-4 overflow-x-auto px-5 sm:-mx-7 sm:px-7">
        <table className="min-w-full text-left text-sm" data-testid="problems-table">
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="text-muted py-2 pr-4 font-medium">
                File
              </th>
              <th scope="col" className="text-muted py-2 pr-4 font-medium">
                Line
              </th>
              <th scope="col" className="text-muted py-2 pr-4 font-medium">
                Column
              </th>
              <th scope="col" className="text-muted py-2 font-medium">
                Reason
              </th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={i} className="border-b border-slate-100 last:border-0">
                <td className="text-ink py-2 pr-4 whitespace-nowrap">{p.file}</td>
                <td className="text-ink py-2 pr-4 tabular-nums">{p.line}</td>
                <td className="text-ink py-2 pr-4 whitespace-nowrap">{p.column}</td>
                <td className="text-ink min-w-48 py-2">{p.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
