import { formatDays, formatPercent } from "@/components/charts/pipeline/format";
import { Card, CardTitle } from "@/components/ui/card";
import { Definition } from "@/components/ui/definition";
import { DEFINITIONS } from "@/lib/domain/pipeline/definitions";
import { Covers, type CoversView } from "./covers";
import { count, usedStages, type PipelineDashboard } from "./pipeline-view";

/** Every stage's four answers: how many, how long, what share moves on, what drops out. */
export function StageTableSection({
  stages: all,
  covers,
}: {
  stages: PipelineDashboard["stages"];
  covers: CoversView;
}) {
  const stages = usedStages(all);
  const undated = all.reduce((n, s) => n + s.undatedStays, 0);
  const outOfOrder = all.reduce((n, s) => n + s.outOfOrderStays, 0);
  return (
    <Card className="mt-6 break-inside-avoid">
      <CardTitle>Stages</CardTitle>
      <Covers view={covers} testId="covers-stages" />
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
              <tr
                key={s.key}
                className="border-b border-slate-100 last:border-0"
                data-stage={s.key}
              >
                <th scope="row" className="text-ink py-2 pr-4 text-left font-medium">
                  {s.label}
                </th>
                <td className="py-2 pr-4" data-cell="here-now">
                  {count.format(s.current)}
                </td>
                <td className="py-2 pr-4" data-cell="entered">
                  {count.format(s.entered)}
                </td>
                <td className="py-2 pr-4" data-cell="moved-on">
                  {count.format(s.movedForward)}
                </td>
                <td className="py-2 pr-4" data-cell="dropped">
                  {count.format(s.dropped)}
                </td>
                <td className="text-ink py-2 pr-4 font-semibold" data-cell="conversion">
                  {formatPercent(s.conversionRate)}
                </td>
                <td className="py-2 pr-4" data-cell="median">
                  {formatDays(s.medianDays)}
                </td>
                <td className="py-2 pr-4" data-cell="mean">
                  {formatDays(s.meanDays)}
                </td>
                <td className="py-2">{formatDays(s.p90Days)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {undated + outOfOrder > 0 ? (
        <p className="text-muted mt-3 text-sm" data-testid="undated-stays">
          Time in stage leaves out {count.format(undated + outOfOrder)} stays
          {undated > 0
            ? `: ${count.format(undated)} begin or end at a time the export does not give`
            : ""}
          {outOfOrder > 0
            ? `${undated > 0 ? ", and" : ":"} ${count.format(outOfOrder)} whose dates are out of order`
            : ""}
          .
        </p>
      ) : null}
    </Card>
  );
}
