import type { ScoreboardFigures } from "./scoreboard-figures";

export type FigureKey = Exclude<keyof ScoreboardFigures, "asOf">;

export type FigureFormat = "money" | "percent" | "count" | "days" | "ratio";

export type FigureInfo = {
  label: string;
  format: FigureFormat;
  /** Whether a rise is good news; false where less is better. */
  higherIsBetter: boolean;
};

/** Every scoreboard figure in the order the review reads them, with which way is good. */
export const SCOREBOARD_FIGURES: Record<FigureKey, FigureInfo> = {
  velocityPerDay: { label: "Pipeline velocity per day", format: "money", higherIsBetter: true },
  qualifiedCount: { label: "Qualified opportunities", format: "count", higherIsBetter: true },
  averageDealValue: { label: "Average deal value", format: "money", higherIsBetter: true },
  winRate: { label: "Win rate", format: "percent", higherIsBetter: true },
  // A shorter cycle brings the same revenue in sooner.
  averageCycleDays: { label: "Average sales cycle", format: "days", higherIsBetter: false },
  mqlToSql: { label: "MQL to SQL conversion", format: "percent", higherIsBetter: true },
  sqlToWon: { label: "SQL to won", format: "percent", higherIsBetter: true },
  coverageRatio: { label: "Pipeline coverage", format: "ratio", higherIsBetter: true },
  openPipelineValue: { label: "Open pipeline value", format: "money", higherIsBetter: true },
  marketingSourcedPipeline: {
    label: "Marketing-sourced pipeline",
    format: "money",
    higherIsBetter: true,
  },
  // Fewer deals counted as live while going nowhere.
  staleCount: { label: "Stale deals", format: "count", higherIsBetter: false },
  // Less revenue that leaves with one person.
  topOwnerShare: { label: "Largest owner's share", format: "percent", higherIsBetter: false },
  handoffCompliance: {
    label: "Handoffs answered in time",
    format: "percent",
    higherIsBetter: true,
  },
};

export type FigureChange = {
  key: FigureKey;
  label: string;
  previous: number | null;
  current: number | null;
  /** current − previous; null when either side is unknown. */
  delta: number | null;
  /** "same" also when there is nothing to compare with; `delta` is then null. */
  direction: "better" | "worse" | "same";
  format: FigureFormat;
};

/** Differences this small are rounding, not movement. */
const EPSILON = 1e-9;

/**
 * What moved since the previous review, figure by figure, and whether the move is good news.
 * At the first review there is no previous one, so every figure shows without a change.
 */
export function changeSince(
  previous: ScoreboardFigures | null,
  current: ScoreboardFigures,
): FigureChange[] {
  return (Object.keys(SCOREBOARD_FIGURES) as FigureKey[]).map((key) => {
    const info = SCOREBOARD_FIGURES[key];
    const before = previous?.[key] ?? null;
    const now = current[key];
    const delta = before === null || now === null ? null : now - before;
    let direction: FigureChange["direction"] = "same";
    if (delta !== null && Math.abs(delta) > EPSILON) {
      direction = delta > 0 === info.higherIsBetter ? "better" : "worse";
    }
    return {
      key,
      label: info.label,
      previous: before,
      current: now,
      delta,
      direction,
      format: info.format,
    };
  });
}
