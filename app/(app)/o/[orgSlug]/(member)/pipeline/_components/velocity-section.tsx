import { formatDays, formatMoney, formatPercent } from "@/components/charts/pipeline/format";
import { Card, CardTitle } from "@/components/ui/card";
import { DEFINITIONS } from "@/lib/domain/pipeline/definitions";
import { Covers, type CoversView } from "./covers";
import { Figure } from "./figure";
import { count, deals as dealCount, type PipelineDashboard } from "./pipeline-view";

/** Pipeline velocity and the four factors it is made of, with what each leaves out. */
export function VelocitySection({
  deals,
  currency,
  covers,
}: {
  deals: PipelineDashboard["deals"];
  currency: string;
  covers: CoversView;
}) {
  const notes = [
    deals.wonWithoutAmount > 0 &&
      `${dealCount(deals.wonWithoutAmount)} won without an amount ${deals.wonWithoutAmount === 1 ? "is" : "are"} left out of the average won value.`,
    deals.closedBeforeOpened > 0 &&
      `${dealCount(deals.closedBeforeOpened)} close before ${deals.closedBeforeOpened === 1 ? "it opens" : "they open"}: left out of the sales cycle.`,
  ].filter(Boolean);
  return (
    <Card className="mt-6 break-inside-avoid">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <CardTitle>Pipeline velocity</CardTitle>
        <p className="text-muted text-sm">
          {count.format(deals.won)} won · {count.format(deals.lost)} lost ·{" "}
          {count.format(deals.open)} open
        </p>
      </div>
      <Covers view={covers} testId="covers-velocity" />
      <dl className="mt-4 grid grid-cols-2 gap-6 md:grid-cols-5">
        <Figure
          label="Velocity"
          definition={DEFINITIONS.velocity}
          value={`${formatMoney(deals.velocityPerDay, { compact: true, currency })}/day`}
          testId="velocity"
        />
        <Figure
          label="Qualified"
          definition={DEFINITIONS.qualified}
          value={count.format(deals.qualifiedCount)}
          testId="qualified"
        />
        <Figure
          label="Avg won value"
          definition={DEFINITIONS.averageDealValue}
          value={formatMoney(deals.averageDealValue, { compact: true, currency })}
          testId="average-won-value"
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
          testId="cycle"
        />
      </dl>
      {notes.length > 0 ? (
        <ul className="text-muted mt-4 space-y-1 text-sm" data-testid="velocity-notes">
          {notes.map((n) => (
            <li key={String(n)}>{n}</li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
