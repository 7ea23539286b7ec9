import { changeSince, type FigureChange, type FigureFormat, type FigureKey } from "./change-since";
import { figureReason, type ReasonContext } from "./figure-reasons";
import { figureTarget, type TargetVerdict } from "./figure-targets";
import type { ScoreboardFigures } from "./scoreboard-figures";

/** The scoreboard's figures in the order both teams read them: pipeline in, conversion, speed, risk. */
export const SCOREBOARD_TILES: readonly FigureKey[] = [
  "marketingSourcedPipeline",
  "mqlToSql",
  "sqlToWon",
  "handoffCompliance",
  "velocityPerDay",
  "qualifiedCount",
  "averageDealValue",
  "winRate",
  "averageCycleDays",
  "coverageRatio",
  "staleCount",
  "topOwnerShare",
];

export type FigureTile = {
  key: FigureKey;
  label: string;
  format: FigureFormat;
  value: number | null;
  /** The move since the review compared with; null when there is none to compare with. */
  change: {
    sinceReview: number;
    previous: number | null;
    delta: number | null;
    direction: FigureChange["direction"];
  } | null;
  target: TargetVerdict | null;
  /** Why the figure is empty or zero; null when it needs no explanation. */
  reason: string | null;
};

/**
 * Everything one scoreboard tile says: the figure, how it moved since a review's frozen figures
 * and whether that is good news, the target it is held against where one exists, and why it is
 * empty or zero. `since` is the review compared with, null before the first one.
 */
export function figureTiles(
  keys: readonly FigureKey[],
  current: ScoreboardFigures,
  since: { number: number; figures: ScoreboardFigures } | null,
  context: ReasonContext,
): FigureTile[] {
  const changes = new Map(changeSince(since?.figures ?? null, current).map((c) => [c.key, c]));
  return keys.map((key) => {
    const c = changes.get(key)!;
    return {
      key,
      label: c.label,
      format: c.format,
      value: c.current,
      change: since
        ? {
            sinceReview: since.number,
            previous: c.previous,
            delta: c.delta,
            direction: c.direction,
          }
        : null,
      target: figureTarget(key, c.current, context),
      reason: figureReason(key, current, context),
    };
  });
}
