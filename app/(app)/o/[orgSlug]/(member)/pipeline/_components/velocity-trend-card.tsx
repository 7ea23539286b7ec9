import { formatDays, formatMoney, formatPercent } from "@/components/charts/pipeline/format";
import { VelocityTrendChart } from "@/components/charts/pipeline/velocity-trend-chart";
import { Card, CardTitle } from "@/components/ui/card";
import { Definition } from "@/components/ui/definition";
import { DEFINITIONS } from "@/lib/domain/pipeline/definitions";
import { Covers, type CoversView } from "./covers";
import { count, formatAsOf, WHOLE_PIPELINE, type PipelineDashboard } from "./pipeline-view";

/** Velocity month by month to the data's date, with its four factors behind a disclosure. */
export function VelocityTrendCard({
  trend,
  asOf,
  currency,
  covers,
}: {
  trend: PipelineDashboard["trend"];
  asOf: Date | null;
  currency: string;
  covers: CoversView;
}) {
  return (
    <Card className="break-inside-avoid">
      <CardTitle>
        <Definition term="Velocity trend" definition={DEFINITIONS.velocityTrend}>
          Velocity by month
        </Definition>
      </CardTitle>
      <Covers view={covers} wholePipeline={WHOLE_PIPELINE.trend} testId="covers-trend" />
      <div className="mt-4">
        {trend.some((m) => m.velocityPerDay !== null) ? (
          <>
            <VelocityTrendChart months={trend} currency={currency} />
            <details className="mt-3 text-sm print:hidden">
              <summary className="text-brand-700 cursor-pointer font-medium">
                The four factors, month by month
              </summary>
              <div className="mt-3 overflow-x-auto">
                <table className="min-w-full text-right tabular-nums" data-testid="trend-table">
                  <thead>
                    <tr className="text-muted border-b border-slate-200">
                      <th className="py-1.5 pr-3 text-left font-medium">Month</th>
                      <th className="py-1.5 pr-3 font-medium">Qualified</th>
                      <th className="py-1.5 pr-3 font-medium">Deal value</th>
                      <th className="py-1.5 pr-3 font-medium">Win rate</th>
                      <th className="py-1.5 pr-3 font-medium">Cycle</th>
                      <th className="py-1.5 font-medium">Velocity</th>
                    </tr>
                  </thead>
                  <tbody>
                    {trend.map((m) => (
                      <tr key={m.month} className="border-b border-slate-100 last:border-0">
                        <td className="text-ink py-1.5 pr-3 text-left">{m.month}</td>
                        <td className="py-1.5 pr-3">{count.format(m.qualifiedCount)}</td>
                        <td className="py-1.5 pr-3">
                          {formatMoney(m.averageDealValue, { compact: true, currency })}
                        </td>
                        <td className="py-1.5 pr-3">{formatPercent(m.winRate)}</td>
                        <td className="py-1.5 pr-3">{formatDays(m.averageCycleDays)}</td>
                        <td className="text-ink py-1.5 font-medium">
                          {formatMoney(m.velocityPerDay, { compact: true, currency })}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </>
        ) : (
          <p className="text-muted text-sm">
            No deals closed in the twelve months to {formatAsOf(asOf)}, so there is no trend yet.
          </p>
        )}
      </div>
    </Card>
  );
}
