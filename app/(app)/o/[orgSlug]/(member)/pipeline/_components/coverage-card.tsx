import { formatMoney } from "@/components/charts/pipeline/format";
import { Card, CardTitle } from "@/components/ui/card";
import { Definition } from "@/components/ui/definition";
import { DEFINITIONS } from "@/lib/domain/pipeline/definitions";
import { Covers, type CoversView } from "./covers";
import { day, formatAsOf, WHOLE_PIPELINE, type PipelineDashboard } from "./pipeline-view";
import { TargetForm } from "./target-form";

/**
 * Open pipeline against the period's target; the target form for those who may set it, holding
 * the saved target of that period (or the quarter of the data's date when none is saved).
 */
export function CoverageCard({
  coverage,
  targetForm,
  asOf,
  currency,
  covers,
}: {
  coverage: PipelineDashboard["coverage"];
  targetForm: { orgSlug: string; periodStart: string; periodEnd: string } | null;
  asOf: Date | null;
  currency: string;
  covers: CoversView;
}) {
  return (
    <Card className="break-inside-avoid">
      <CardTitle>
        <Definition term="Coverage ratio" definition={DEFINITIONS.coverage}>
          Coverage
        </Definition>
      </CardTitle>
      <Covers view={covers} wholePipeline={WHOLE_PIPELINE.coverage} testId="covers-coverage" />
      {coverage ? (
        <div className="mt-3">
          <p className="text-ink text-4xl font-semibold tabular-nums" data-testid="coverage">
            {coverage.ratio === null ? "—" : `${coverage.ratio.toFixed(1)}×`}
          </p>
          <p className="text-muted mt-1 text-sm">
            {formatMoney(coverage.openPipelineValue, { compact: true, currency })} open against the
            saved target of{" "}
            <span data-testid="saved-target">
              {formatMoney(coverage.target, { compact: true, currency })}
            </span>{" "}
            for {day(coverage.periodStart)} to {day(coverage.periodEnd)}. Three to four times is the
            usual benchmark.
          </p>
        </div>
      ) : (
        <p className="text-muted mt-3 text-sm">
          No revenue target covers {formatAsOf(asOf)}, the date of the data. Set one for that period
          to see whether the open pipeline can carry it.
        </p>
      )}
      {targetForm ? (
        <TargetForm
          orgSlug={targetForm.orgSlug}
          currency={currency}
          {...(coverage
            ? {
                periodStart: day(coverage.periodStart),
                periodEnd: day(coverage.periodEnd),
                savedAmount: coverage.target,
              }
            : { periodStart: targetForm.periodStart, periodEnd: targetForm.periodEnd })}
        />
      ) : null}
    </Card>
  );
}
