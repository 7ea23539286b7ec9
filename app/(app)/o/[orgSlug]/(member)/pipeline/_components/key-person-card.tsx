import { formatPercent } from "@/components/charts/pipeline/format";
import { OwnerShareChart } from "@/components/charts/pipeline/owner-share-chart";
import { Card, CardTitle } from "@/components/ui/card";
import { Definition } from "@/components/ui/definition";
import { DEFINITIONS } from "@/lib/domain/pipeline/definitions";
import { Covers, type CoversView } from "./covers";
import { stageLabel, WHOLE_PIPELINE, type PipelineDashboard } from "./pipeline-view";

/** How much of the pipeline rests on one owner, and how far owners' conversion differs. */
export function KeyPersonCard({
  owners,
  ownerSpread,
  stages,
  topByWonRevenue,
  topByOpenValue,
  covers,
}: Pick<
  PipelineDashboard,
  "owners" | "ownerSpread" | "stages" | "topByWonRevenue" | "topByOpenValue"
> & { covers: CoversView }) {
  return (
    <Card className="break-inside-avoid">
      <CardTitle>
        <Definition term="Key-person dependence" definition={DEFINITIONS.keyPerson}>
          Key-person dependence
        </Definition>
      </CardTitle>
      <Covers view={covers} wholePipeline={WHOLE_PIPELINE.owners} testId="covers-key-person" />
      <dl className="mt-2 space-y-1 text-sm">
        <div className="flex flex-wrap gap-x-2">
          <dt className="text-muted">Largest share of won revenue:</dt>
          <dd className="text-ink" data-testid="top-owner-won">
            {topByWonRevenue ? (
              <>
                <span className="font-medium">{topByWonRevenue.owner}</span>,{" "}
                {formatPercent(topByWonRevenue.wonRevenueShare)}
              </>
            ) : (
              "no won revenue with a known amount"
            )}
          </dd>
        </div>
        <div className="flex flex-wrap gap-x-2">
          <dt className="text-muted">Largest share of open pipeline:</dt>
          <dd className="text-ink" data-testid="top-owner-open">
            {topByOpenValue ? (
              <>
                <span className="font-medium">{topByOpenValue.owner}</span>,{" "}
                {formatPercent(topByOpenValue.openValueShare)}
              </>
            ) : (
              "no open deal with a known amount"
            )}
          </dd>
        </div>
      </dl>
      <div className="mt-4">
        <OwnerShareChart owners={owners} />
      </div>
      {ownerSpread.some((s) => s.spread !== null) ? (
        <div className="mt-5 overflow-x-auto">
          <h3 className="text-ink text-sm font-semibold">
            <Definition term="Conversion spread" definition={DEFINITIONS.ownerSpread}>
              Conversion spread across owners
            </Definition>
          </h3>
          <table className="mt-2 min-w-full text-sm" data-testid="owner-spread-table">
            <tbody className="tabular-nums">
              {ownerSpread
                .filter((s) => s.spread !== null)
                .map((s) => {
                  const ranked = [...s.byOwner].sort(
                    (a, b) => (b.conversionRate ?? 0) - (a.conversionRate ?? 0),
                  );
                  const best = ranked[0]!;
                  const worst = ranked.at(-1)!;
                  return (
                    <tr key={s.stage} className="border-b border-slate-100 last:border-0">
                      <th scope="row" className="text-ink py-1.5 pr-3 text-left font-medium">
                        {stageLabel(stages, s.stage)}
                      </th>
                      <td className="text-muted py-1.5 pr-3">
                        {best.owner} {formatPercent(best.conversionRate)} · {worst.owner}{" "}
                        {formatPercent(worst.conversionRate)}
                      </td>
                      <td className="text-ink py-1.5 text-right font-semibold">
                        {formatPercent(s.spread)}
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </div>
      ) : null}
    </Card>
  );
}
