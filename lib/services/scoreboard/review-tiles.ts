import {
  figureTiles,
  SCOREBOARD_FIGURES,
  type FigureKey,
  type ScoreboardFigures,
} from "@/lib/domain/scoreboard";

const EVERY_FIGURE = Object.keys(SCOREBOARD_FIGURES) as FigureKey[];

/**
 * A review's frozen figures as tiles, each with its change since the previous review. Only what
 * was frozen is used, so the page reads the same however the pipeline has moved since; the
 * handoff counts were not frozen, so a 0 % is explained without them.
 */
export function reviewTiles(options: {
  figures: ScoreboardFigures;
  previous: { number: number; figures: ScoreboardFigures } | null;
  /** The standard version the review was held against; null before any was signed. */
  standardVersion: number | null;
}) {
  return figureTiles(EVERY_FIGURE, options.figures, options.previous, {
    responseHours: null,
    standardSigned: options.standardVersion !== null,
  });
}
