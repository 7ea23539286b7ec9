import { formatDays, formatPercent } from "@/components/charts/pipeline/format";
import { Card, CardTitle } from "@/components/ui/card";
import { Definition } from "@/components/ui/definition";
import { DEFINITIONS } from "@/lib/domain/pipeline/definitions";
import { count, type PipelineDashboard } from "./pipeline-view";

/** Every stage's four answers: how many, how long, what share moves on, what drops out. */
export function StageTableSection({ stages }: { stages: PipelineDashboard["stages"] }) {
  return (
    <Card className="mt-6">
      <CardTitle>Stages</CardTitle>
      <div className="mt-4 overflow-x-auto">
        <table className="min-w-full text-right text-sm" data-testid="stage-table">
          <thead>
            <tr className="text-muted border-b border-slate-200">
              <th className="py-2 pr-4 text-left font-medium">Stage</th>
              <th className="py-2 pr-4 font-medium">Here now</th>
              <th className="py-2 pr-4 font-medium">Entered</th>
              <th className="py-2 pr-4 font-medium">Moved on</th>
              <th className="py-2 pr-4 font-medium">
                <Definition term="Dropped" definition={DEFINITIONS.dropped}>
                  Dropped
                </Definition>
              </th>
              <th className="py-2 pr-4 font-medium">
                <Definition term="Conversion" definition={DEFINITIONS.conversion}>
                  Conversion
                </Definition>
              </th>
              <th className="py-2 pr-4 font-medium">Median</th>
              <th className="py-2 pr-4 font-medium">Mean</th>
              <th className="py-2 font-medium">90th pct</th>
            </tr>
          </thead>
          <tbody className="tabular-nums">
            {stages.map((s) => (
              <tr key={s.key} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="text-ink py-2 pr-4 text-left font-medium">
                  {s.label}
                </th>
                <td className="py-2 pr-4">{count.format(s.current)}</td>
                <td className="py-2 pr-4">{count.format(s.entered)}</td>
                <td className="py-2 pr-4">{count.format(s.movedForward)}</td>
                <td className="py-2 pr-4">{count.format(s.dropped)}</td>
                <td className="text-ink py-2 pr-4 font-semibold">
                  {formatPercent(s.conversionRate)}
                </td>
                <td className="py-2 pr-4">{formatDays(s.medianDays)}</td>
                <td className="py-2 pr-4">{formatDays(s.meanDays)}</td>
                <td className="py-2">{formatDays(s.p90Days)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
