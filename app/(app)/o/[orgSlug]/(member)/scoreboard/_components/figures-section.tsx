import { FigureTileGrid } from "@/components/scoreboard/figure-tile";
import type { ScoreboardData } from "./shared";

/** The scoreboard's tiles, each with its change since the latest review and its target. */
export function FiguresSection({
  tiles,
  present,
}: {
  tiles: ScoreboardData["tiles"];
  present: boolean;
}) {
  return (
    <div className="mt-6">
      {tiles[0]?.change ? null : (
        <p className="text-muted mb-3 text-sm" data-testid="no-review-yet">
          No review yet to compare with: each figure shows its change once the first review freezes
          them.
        </p>
      )}
      <FigureTileGrid tiles={tiles} large={present} testId="scoreboard-figures" />
    </div>
  );
}
