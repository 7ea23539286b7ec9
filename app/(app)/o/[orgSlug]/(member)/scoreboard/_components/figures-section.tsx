import { formatFigure } from "@/components/scoreboard/figure-format";
import { cn } from "@/components/ui/cn";
import { SCOREBOARD_FIGURES, type FigureKey } from "@/lib/domain/scoreboard";
import type { ScoreboardData } from "./shared";

/** The figures in the order both teams read them: pipeline in, conversion, speed, risk. */
const TILES: FigureKey[] = [
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

export function FiguresSection({
  figures,
  present,
}: {
  figures: NonNullable<ScoreboardData["figures"]>;
  present: boolean;
}) {
  return (
    <div
      className="mt-6 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4"
      data-testid="scoreboard-figures"
    >
      {TILES.map((key) => {
        const info = SCOREBOARD_FIGURES[key];
        return (
          <div
            key={key}
            className="break-inside-avoid rounded-2xl border border-slate-200 bg-white p-4 shadow-sm"
          >
            <p className="text-muted text-xs font-medium sm:text-sm">{info.label}</p>
            <p
              className={cn(
                "text-ink mt-1 font-bold tabular-nums",
                present ? "text-4xl" : "text-2xl",
              )}
            >
              {formatFigure(figures[key], info.format)}
            </p>
          </div>
        );
      })}
    </div>
  );
}
