import { formatMoney } from "@/components/charts/pipeline/format";
import { Card, CardTitle } from "@/components/ui/card";
import { Definition } from "@/components/ui/definition";
import { DEFINITIONS } from "@/lib/domain/pipeline/definitions";
import { day, formatAsOf, type PipelineDashboard } from "./pipeline-view";
import { TargetForm } from "./target-form";

/** Open pipeline against the period's target; the target form for those who may set it. */
export function CoverageCard({
  coverage,
  targetForm,
  asOf,
  currency,
}: {
  coverage: PipelineDashboard["coverage"];
  targetForm: { orgSlug: string; periodStart: string; periodEnd: string } | null;
  asOf: Date | null;
  currency: string;
}) {
  return (
    <Card className="break-inside-avoid">
      <CardTitle>
        <Definition term="Coverage ratio" definition={DEFINITIONS.coverage}>
          Coverage
        </Definition>
      </CardTitle>
      {coverage ? (
        <div className="mt-3">
          <p className="text-ink text-4xl font-semibold tabular-nums" data-testid="coverage">
            {coverage.ratio === null ? "—" : `${coverage.ratio.toFixed(1)}×`}
          </p>
          <p className="text-muted mt-1 text-sm">
            {formatMoney(coverage.openPipelineValue, { compact: true, currency })} open against a
            target of {formatMoney(coverage.target, { compact: true, currency })} for{" "}
            {day(coverage.periodStart)} to {day(coverage.periodEnd)}. Three to four times is the
            usual benchmark.
          </p>
        </div>
      ) : (
        <p className="text-muted mt-3 text-sm">
          No revenue target covers {formatAsOf(asOf)}, the date of the data. Set one for that period
          to see whether the open pipeline can carry it.
        </p>
      )}
      {targetForm ? <TargetForm {...targetForm} /> : null}
    </Card>
  );
}
