import { FigureTileGrid } from "@/components/scoreboard/figure-tile";
import type { ScoreboardData } from "./shared";

const count = new Intl.NumberFormat("en-US");
const day = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/** The scoreboard's tiles, each with its change since the latest review and its target. */
export function FiguresSection({
  tiles,
  present,
  scope,
}: {
  tiles: ScoreboardData["tiles"];
  present: boolean;
  /** What every figure covers: all deals, as of the data's date, under the standard in effect. */
  scope: { deals: number; asOf: string; standardVersion: number | null };
}) {
  return (
    <div className="mt-6">
      <p className="text-ink mb-2 text-sm" data-testid="scoreboard-scope">
        Every figure covers the whole pipeline, all {count.format(scope.deals)} deals as of{" "}
        {day.format(new Date(scope.asOf))},{" "}
        {scope.standardVersion
          ? `under version ${scope.standardVersion} of the signed standard`
          : "before any standard is signed"}
        . The pipeline page&apos;s filters never apply here.
      </p>
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
