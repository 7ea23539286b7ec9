import { formatDays, formatMoney, formatPercent } from "@/components/charts/pipeline/format";
import { Card, CardTitle } from "@/components/ui/card";
import { DEFINITIONS } from "@/lib/domain/pipeline/definitions";
import { Figure } from "./figure";
import { count, type PipelineDashboard } from "./pipeline-view";

/** Pipeline velocity and the four factors it is made of. */
export function VelocitySection({ deals }: { deals: PipelineDashboard["deals"] }) {
  return (
    <Card className="mt-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <CardTitle>Pipeline velocity</CardTitle>
        <p className="text-muted text-sm">
          {count.format(deals.won)} won · {count.format(deals.lost)} lost ·{" "}
          {count.format(deals.open)} open
        </p>
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-6 md:grid-cols-5">
        <Figure
          label="Velocity"
          definition={DEFINITIONS.velocity}
          value={`${formatMoney(deals.velocityPerDay, { compact: true })}/day`}
          testId="velocity"
        />
        <Figure
          label="Qualified"
          definition={DEFINITIONS.qualified}
          value={count.format(deals.qualifiedCount)}
        />
        <Figure
          label="Avg deal value"
          definition={DEFINITIONS.averageDealValue}
          value={formatMoney(deals.averageDealValue, { compact: true })}
        />
        <Figure
          label="Win rate"
          definition={DEFINITIONS.winRate}
          value={formatPercent(deals.winRate)}
          testId="win-rate"
        />
        <Figure
          label="Avg sales cycle"
          definition={DEFINITIONS.averageCycle}
          value={formatDays(deals.averageCycleDays)}
        />
      </dl>
    </Card>
  );
}
