import Link from "next/link";
import { formatPercent } from "@/components/charts/pipeline/format";
import { Card, CardTitle } from "@/components/ui/card";
import type { ScoreboardData } from "./shared";

/** The stale deals and the owners who carry the pipeline. */
export function PipelineHealthSection({
  stale,
  owners,
  slug,
}: {
  stale: ScoreboardData["stale"];
  owners: ScoreboardData["owners"];
  slug: string;
}) {
  return (
    <div className="mt-6 grid gap-6 lg:grid-cols-2 print:grid-cols-2">
      <Card className="break-inside-avoid">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <CardTitle>Stale deals</CardTitle>
          <Link href={`/o/${slug}/pipeline`} className="text-brand-700 text-sm print:hidden">
            All {stale.total} on the pipeline page
          </Link>
        </div>
        {stale.deals.length === 0 ? (
          <p className="text-muted mt-2 text-sm">None past twice their usual time.</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100 text-sm">
            {stale.deals.map((d) => (
              <li key={d.opportunityId} className="flex justify-between gap-3 py-2">
                <span className="text-ink min-w-0 truncate">{d.name}</span>
                <span className="text-muted shrink-0 tabular-nums">
                  {d.basis === "stage" && d.daysInStage !== null
                    ? `${Math.round(d.daysInStage)} d in stage · median ${Math.round(d.medianDays)} d`
                    : `open ${Math.round(d.ageDays ?? 0)} d · won cycle ${Math.round(d.medianDays)} d`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card className="break-inside-avoid">
        <CardTitle>Who carries the pipeline</CardTitle>
        <ul className="mt-3 divide-y divide-slate-100 text-sm">
          {owners.map((o) => (
            <li key={o.owner} className="flex justify-between gap-3 py-2">
              <span className="text-ink">{o.owner}</span>
              <span className="text-muted tabular-nums">
                {formatPercent(o.openValueShare)} of open · {formatPercent(o.wonRevenueShare)} of
                won
              </span>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
