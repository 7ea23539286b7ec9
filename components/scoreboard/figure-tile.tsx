import { cn } from "@/components/ui/cn";
import type { FigureTile as Tile } from "@/lib/domain/scoreboard";
import { arrowOf, formatDelta, formatFigure } from "./figure-format";

const DIRECTION_WORD = { better: "better", worse: "worse", same: "unchanged" } as const;

/** How the figure moved since the review compared with, in words as well as colour. */
function ChangeLine({ tile }: { tile: Tile }) {
  const { change } = tile;
  // Before the first review the grid says so once, rather than every tile repeating it.
  if (!change) return null;
  const since = `since review ${change.sinceReview}`;
  // A move within rounding is no move: no arrow up or down for it.
  const moved = change.direction !== "same";
  const arrow = arrowOf(moved || change.delta === null ? change.delta : 0);
  if (!arrow) {
    return (
      <p className="text-muted mt-2 text-xs" data-testid={`change-${tile.key}`}>
        {change.previous === null
          ? `No figure at review ${change.sinceReview} to compare with`
          : `Was ${formatFigure(change.previous, tile.format)} at review ${change.sinceReview}`}
      </p>
    );
  }
  return (
    <p
      className={cn(
        "mt-2 text-xs tabular-nums",
        change.direction === "better" && "text-emerald-700",
        change.direction === "worse" && "text-rose-700",
        change.direction === "same" && "text-muted",
      )}
      data-testid={`change-${tile.key}`}
    >
      <span role="img" aria-label={arrow.word}>
        {arrow.glyph}
      </span>{" "}
      {!moved ? (
        <>
          <span className="font-semibold">No change</span> {since}
        </>
      ) : (
        <>
          <span className="font-semibold">
            {formatDelta(change.delta, tile.format)} {DIRECTION_WORD[change.direction]}
          </span>{" "}
          {since}
          <span className="text-muted block">
            from {formatFigure(change.previous, tile.format)}
          </span>
        </>
      )}
    </p>
  );
}

/**
 * One scoreboard figure: its value, its change since the last review, the target it is held
 * against where one exists, and why it is empty or zero. The scoreboard and the review page
 * both show figures through it, so they read the same.
 */
export function FigureTile({ tile, large = false }: { tile: Tile; large?: boolean }) {
  return (
    <div
      className="flex break-inside-avoid flex-col rounded-2xl border border-slate-200 bg-white p-3 shadow-sm sm:p-4 print:shadow-none"
      data-testid={`tile-${tile.key}`}
    >
      <p className="text-muted text-xs font-medium sm:text-sm">{tile.label}</p>
      <p className={cn("text-ink mt-1 font-bold tabular-nums", large ? "text-4xl" : "text-2xl")}>
        {formatFigure(tile.value, tile.format)}
      </p>
      <ChangeLine tile={tile} />
      {tile.target ? (
        <p
          className={cn(
            "mt-2 self-start rounded-md px-2 py-0.5 text-xs font-medium ring-1 ring-inset",
            tile.target.meets
              ? "bg-emerald-50 text-emerald-800 ring-emerald-200"
              : "bg-amber-50 text-amber-900 ring-amber-200",
          )}
          data-testid={`target-${tile.key}`}
        >
          <span aria-hidden="true">{tile.target.meets ? "✓ " : "! "}</span>
          {tile.target.text}
        </p>
      ) : null}
      {tile.reason ? (
        <p className="mt-2 text-xs text-slate-600" data-testid={`reason-${tile.key}`}>
          {tile.reason}
        </p>
      ) : null}
    </div>
  );
}

/** The tiles in the grid both pages use. */
export function FigureTileGrid({
  tiles,
  large = false,
  testId,
}: {
  tiles: Tile[];
  large?: boolean;
  testId: string;
}) {
  return (
    <div
      className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-4 print:grid-cols-3"
      data-testid={testId}
    >
      {tiles.map((tile) => (
        <FigureTile key={tile.key} tile={tile} large={large} />
      ))}
    </div>
  );
}
