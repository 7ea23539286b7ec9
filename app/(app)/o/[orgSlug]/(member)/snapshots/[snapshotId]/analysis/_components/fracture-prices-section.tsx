import { Card, CardTitle } from "@/components/ui/card";
import { FRACTURE_INFO, FRACTURES } from "@/lib/domain/diagnostic";
import { formatMoney, type PipelineAnalysis } from "@/lib/domain/snapshot";

/** What repairing each fracture would add a quarter, priced from the imported pipeline. */
export function FracturePricesSection({ pipeline }: { pipeline: PipelineAnalysis | null }) {
  return (
    <Card className="mt-6">
      <CardTitle>Each fracture in money</CardTitle>
      {!pipeline ? (
        <p className="text-muted mt-2 text-sm">Pricing needs the imported pipeline.</p>
      ) : (
        <ul className="mt-4 divide-y divide-slate-200" data-testid="fracture-prices">
          {FRACTURES.map((key) => {
            const price = pipeline.prices[key];
            return (
              <li key={key} className="py-3 text-sm">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <span className="text-ink font-medium">{FRACTURE_INFO[key].name}</span>
                  <span className="text-ink font-semibold tabular-nums">
                    {price ? `+${formatMoney(price.addedPerQuarter)} a quarter` : "Not priced"}
                  </span>
                </div>
                <p className="text-muted mt-1">
                  {price
                    ? price.assumption
                    : "The figures this needs are missing from the pipeline."}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {pipeline ? (
        <p className="text-muted mt-3 text-xs">
          Each price lifts one factor of pipeline velocity on its own; they overlap and do not add
          up.
        </p>
      ) : null}
    </Card>
  );
}
