import { QUALIFIED_FROM_STAGE } from "./default-stages";
import { currentStages, stageIndex } from "./stage-visits";
import { daysBetween, mean, median, ratio, velocityPerDay } from "./statistics";
import type { Opportunity, PipelineData } from "./types";

export type DealMetrics = {
  won: number;
  lost: number;
  open: number;
  /** won / (won + lost) */
  winRate: number | null;
  /** Mean amount of won opportunities whose amount is known. */
  averageDealValue: number | null;
  /** Mean days from opened to closed, over won opportunities with both dates in order. */
  averageCycleDays: number | null;
  /** Median of the same cycles: the yardstick for deals whose stage stay cannot be timed. */
  medianCycleDays: number | null;
  /** Open opportunities now at the qualified stage or a later open stage. */
  qualifiedCount: number;
  /** qualified × average deal value × win rate / average cycle: revenue per day. */
  velocityPerDay: number | null;
  /** Sum of the known amounts of open opportunities. */
  openPipelineValue: number;
  /** Won deals left out of the average value, and open deals left out of the pipeline value. */
  wonWithoutAmount: number;
  openWithoutAmount: number;
  /** Closed deals whose close precedes their opening: left out of the cycle. */
  closedBeforeOpened: number;
};

/** Days from opened to closed, or null when a date is missing or they are out of order. */
export function cycleDays(o: Opportunity): number | null {
  if (!o.createdAt || !o.closedAt || o.closedAt < o.createdAt) return null;
  return daysBetween(o.createdAt, o.closedAt);
}

export function dealMetrics(data: PipelineData, qualifiedFrom = QUALIFIED_FROM_STAGE): DealMetrics {
  const stages = stageIndex(data.stages);
  const qualifiedOrder = stages.get(qualifiedFrom)?.order ?? Number.MAX_SAFE_INTEGER;
  const won = data.opportunities.filter((o) => o.status === "won");
  const lost = data.opportunities.filter((o) => o.status === "lost");
  const open = data.opportunities.filter((o) => o.status === "open");
  const current = currentStages(data);

  const winRate = ratio(won.length, won.length + lost.length);
  const wonAmounts = won.map((o) => o.amount).filter((a): a is number => a !== null);
  const averageDealValue = mean(wonAmounts);
  const cycles = won.map(cycleDays).filter((d): d is number => d !== null);
  const averageCycleDays = mean(cycles);
  const qualifiedCount = open.filter((o) => {
    const stage = stages.get(current.get(o.id)?.stage ?? "");
    return stage?.kind === "open" && stage.order >= qualifiedOrder;
  }).length;

  return {
    won: won.length,
    lost: lost.length,
    open: open.length,
    winRate,
    averageDealValue,
    averageCycleDays,
    medianCycleDays: median(cycles),
    qualifiedCount,
    velocityPerDay: velocityPerDay({ qualifiedCount, averageDealValue, winRate, averageCycleDays }),
    openPipelineValue: open.reduce((sum, o) => sum + (o.amount ?? 0), 0),
    wonWithoutAmount: won.length - wonAmounts.length,
    openWithoutAmount: open.filter((o) => o.amount === null).length,
    closedBeforeOpened: [...won, ...lost].filter(
      (o) => o.createdAt && o.closedAt && o.closedAt < o.createdAt,
    ).length,
  };
}

/** Open pipeline value against the period's revenue target; 3–4× is the usual benchmark. */
export function coverageRatio(data: PipelineData, target: number): number | null {
  return target > 0 ? dealMetrics(data).openPipelineValue / target : null;
}
