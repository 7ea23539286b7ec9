import { QUALIFIED_FROM_STAGE } from "./default-stages";
import { cycleDays } from "./deal-metrics";
import { eventsByOpportunity, stageIndex } from "./stage-visits";
import { mean, ratio, velocityPerDay } from "./statistics";
import type { PipelineData, StageEvent } from "./types";

export type VelocityMonth = {
  /** First day of the month, UTC, as YYYY-MM. */
  month: string;
  /** Opportunities open at the end of the month at the qualified stage or later. */
  qualifiedCount: number;
  /** Over deals closed within the month. */
  winRate: number | null;
  averageDealValue: number | null;
  averageCycleDays: number | null;
  velocityPerDay: number | null;
};

/** The UTC months from `from` to `to`, inclusive, as [start, end) pairs. */
function months(from: Date, to: Date): { key: string; start: Date; end: Date }[] {
  const out = [];
  let y = from.getUTCFullYear();
  let m = from.getUTCMonth();
  while (y < to.getUTCFullYear() || (y === to.getUTCFullYear() && m <= to.getUTCMonth())) {
    const start = new Date(Date.UTC(y, m, 1));
    const end = new Date(Date.UTC(y, m + 1, 1));
    out.push({ key: start.toISOString().slice(0, 7), start, end });
    m++;
    if (m === 12) {
      m = 0;
      y++;
    }
  }
  return out;
}

/**
 * The stage a deal was in just before `at`: its last entry, in path order, known to have
 * happened before then. An undated entry counts once a later entry is dated before `at`.
 */
export function stageAt(path: StageEvent[], at: Date): string | null {
  let stage: string | null = null;
  for (const event of path) {
    if (event.enteredAt === null) continue;
    if (event.enteredAt >= at) break;
    stage = event.stage;
  }
  return stage;
}

/**
 * Pipeline velocity month by month, with its four factors: the qualified pipeline standing at
 * each month's end, and win rate, deal value and cycle of the deals that closed in the month.
 */
export function velocityTrend(
  data: PipelineData,
  from: Date,
  to: Date,
  qualifiedFrom = QUALIFIED_FROM_STAGE,
): VelocityMonth[] {
  const stages = stageIndex(data.stages);
  const qualifiedOrder = stages.get(qualifiedFrom)?.order ?? Number.MAX_SAFE_INTEGER;
  const paths = eventsByOpportunity(data);

  return months(from, to).map(({ key, start, end }) => {
    const closed = data.opportunities.filter(
      (o) => o.status !== "open" && o.closedAt && o.closedAt >= start && o.closedAt < end,
    );
    const won = closed.filter((o) => o.status === "won");
    const winRate = ratio(won.length, closed.length);
    const averageDealValue = mean(won.map((o) => o.amount).filter((a): a is number => a !== null));
    const averageCycleDays = mean(won.map(cycleDays).filter((d): d is number => d !== null));
    let qualifiedCount = 0;
    for (const o of data.opportunities) {
      // Open at the month's end: opened before it (a deal with no known opening is not placed
      // in time) and not closed by then.
      if (
        !o.createdAt ||
        o.createdAt >= end ||
        (o.status !== "open" && o.closedAt && o.closedAt < end)
      )
        continue;
      const stage = stages.get(stageAt(paths.get(o.id) ?? [], end) ?? "");
      if (stage?.kind === "open" && stage.order >= qualifiedOrder) qualifiedCount++;
    }
    return {
      month: key,
      qualifiedCount,
      winRate,
      averageDealValue,
      averageCycleDays,
      velocityPerDay: velocityPerDay({
        qualifiedCount,
        averageDealValue,
        winRate,
        averageCycleDays,
      }),
    };
  });
}

/** Months shown in the velocity trend, ending with the month of the as-of date. */
export const TREND_MONTHS = 12;

/** The first day of the trend's first month. */
export function trendStart(asOf: Date) {
  return new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth() - (TREND_MONTHS - 1), 1));
}
