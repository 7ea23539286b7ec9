import { QUALIFIED_FROM_STAGE } from "./default-stages";
import { currentStages, stageIndex } from "./stage-visits";
import { daysBetween, mean, ratio, velocityPerDay } from "./statistics";
import type { PipelineData } from "./types";

export type DealMetrics = {
  won: number;
  lost: number;
  open: number;
  /** won / (won + lost) */
  winRate: number | null;
  /** Mean amount of won opportunities. */
  averageDealValue: number | null;
  /** Mean days from created to closed, over won opportunities. */
  averageCycleDays: number | null;
  /** Open opportunities now at the qualified stage or a later open stage. */
  qualifiedCount: number;
  /** qualified × average deal value × win rate / average cycle: revenue per day. */
  velocityPerDay: number | null;
  openPipelineValue: number;
};

export function dealMetrics(data: PipelineData, qualifiedFrom = QUALIFIED_FROM_STAGE): DealMetrics {
  const stages = stageIndex(data.stages);
  const qualifiedOrder = stages.get(qualifiedFrom)?.order ?? Number.MAX_SAFE_INTEGER;
  const won = data.opportunities.filter((o) => o.status === "won");
  const lost = data.opportunities.filter((o) => o.status === "lost");
  const open = data.opportunities.filter((o) => o.status === "open");
  const current = currentStages(data);

  const winRate = ratio(won.length, won.length + lost.length);
  const averageDealValue = mean(won.map((o) => o.amount ?? 0));
  const averageCycleDays = mean(
    won.filter((o) => o.closedAt).map((o) => daysBetween(o.createdAt, o.closedAt!)),
  );
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
    qualifiedCount,
    velocityPerDay: velocityPerDay({ qualifiedCount, averageDealValue, winRate, averageCycleDays }),
    openPipelineValue: open.reduce((sum, o) => sum + (o.amount ?? 0), 0),
  };
}

/** Open pipeline value against the period's revenue target; 3–4× is the usual benchmark. */
export function coverageRatio(data: PipelineData, target: number): number | null {
  return target > 0 ? dealMetrics(data).openPipelineValue / target : null;
}
