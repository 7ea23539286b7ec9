import { Card, CardTitle } from "@/components/ui/card";
import { FRACTURE_INFO, type ResultInsights } from "@/lib/domain/diagnostic";

/**
 * The first repair step, then every fracture that needs repair, upstream first. Both come from
 * the same rule (`startHere`), so the step is always about the first entry of the order.
 */
export function RepairPlan({
  insights,
  className,
}: {
  insights: ResultInsights;
  className?: string;
}) {
  const start = insights.startHere;
  return (
    <div className={className}>
      <Card>
        <CardTitle>First repair step</CardTitle>
        {start ? (
          <>
            <p className="text-brand-700 mt-1 text-sm font-medium">
              Start with {FRACTURE_INFO[start.key].shortName.toLowerCase()}
            </p>
            <p className="text-ink mt-3 text-pretty">{FRACTURE_INFO[start.key].firstRepairStep}</p>
            {start.whyNotCostliest ? (
              <p className="text-muted mt-3 text-sm text-pretty">{start.whyNotCostliest}</p>
            ) : null}
          </>
        ) : (
          <p className="text-muted mt-3 text-pretty">
            Nothing urgent. Put a recurring check on the calendar so a drift shows up early.
          </p>
        )}
      </Card>

      <Card>
        <CardTitle>Repair order</CardTitle>
        {insights.repairPlan.length > 0 ? (
          <>
            <p className="text-muted mt-1 text-sm">
              Upstream first: each repair makes the next one cheaper.
            </p>
            <ol className="mt-4 space-y-3">
              {insights.repairPlan.map((step, index) => (
                <li key={step.key} className="flex items-start gap-3">
                  <span className="bg-brand-600 inline-flex size-6 shrink-0 items-center justify-center rounded-full text-xs font-semibold text-white">
                    {index + 1}
                  </span>
                  <span>
                    <span className="text-ink font-medium">{FRACTURE_INFO[step.key].name}</span>
                    <span className="text-muted ml-2 text-sm tabular-nums">{step.score}/100</span>
                  </span>
                </li>
              ))}
            </ol>
          </>
        ) : (
          <p className="text-muted mt-3">No fracture needs repair work right now.</p>
        )}
      </Card>
    </div>
  );
}
