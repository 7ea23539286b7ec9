import { getStandard } from "@/lib/data/scoreboard/get-standard";
import { figureTiles, SCOREBOARD_TILES, type ScoreboardFigures } from "@/lib/domain/scoreboard";

/**
 * A review's frozen figures as the scoreboard's tiles, each with its change since the previous
 * review, held against the standard version the review was held under. Only what was frozen is
 * used, so the page reads the same however the pipeline has moved since; the handoff counts
 * were not frozen, so a 0 % is explained without them.
 */
export async function reviewTiles(
  organizationId: string,
  options: {
    figures: ScoreboardFigures;
    previous: { number: number; figures: ScoreboardFigures } | null;
    /** The standard version the review was held against; null before any was signed. */
    standardVersion: number | null;
  },
) {
  const { standardVersion } = options;
  const standard = standardVersion === null ? null : await getStandard(organizationId);
  const version = standard?.versions.find((v) => v.number === standardVersion);
  return figureTiles(SCOREBOARD_TILES, options.figures, options.previous, {
    responseHours: version?.content.handoff.responseHours ?? null,
    standardSigned: standardVersion !== null,
  });
}
