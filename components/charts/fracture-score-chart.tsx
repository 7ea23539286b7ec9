import { SEVERITY_SCALE } from "@/lib/domain/diagnostic";

export type FractureScoreDatum = {
  key: string;
  name: string;
  score: number;
  color: string;
  primary: boolean;
};

/** Gridlines where each severity band starts, so the chart and its legend agree. */
const TICKS = [...SEVERITY_SCALE.map((s) => s.from), 100];

/**
 * The five leak scores as horizontal bars in chain order, drawn on the server as plain HTML: no
 * script to load on a phone, and the same bars on screen, in print and in a PDF. Decorative for
 * assistive technology: the page renders the same figures as a list beside it.
 */
export function FractureScoreChart({ data }: { data: FractureScoreDatum[] }) {
  return (
    <div aria-hidden="true" data-testid="fracture-chart" className="text-xs">
      <div className="grid grid-cols-[6.5rem_1fr] gap-x-3 sm:grid-cols-[7.5rem_1fr]">
        {data.map((d) => (
          <div key={d.key} className="contents">
            <span data-label className="text-ink flex h-11 items-center justify-end text-right">
              {d.name}
            </span>
            <div className="relative flex h-11 items-center pr-9">
              <GridLines />
              <div className="relative flex h-[26px] flex-1 items-center">
                <span
                  data-bar
                  className="h-full shrink-0 rounded-r-md print:[print-color-adjust:exact]"
                  style={{
                    width: `${Math.max(d.score, 1.5)}%`,
                    backgroundColor: d.color,
                    opacity: d.primary ? 1 : 0.55,
                  }}
                />
                <span data-value className="text-ink ml-1.5 font-semibold tabular-nums">
                  {d.score}
                </span>
              </div>
            </div>
          </div>
        ))}
        <span />
        <div className="relative mr-9 h-5 border-t border-slate-300">
          {TICKS.map((tick) => (
            <span
              key={tick}
              data-tick
              className="text-muted absolute top-1 -translate-x-1/2 tabular-nums"
              style={{ left: `${tick}%` }}
            >
              {tick}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}

/** Vertical lines at each tick, behind a row's bar. */
function GridLines() {
  return (
    <div className="pointer-events-none absolute inset-y-0 right-9 left-0">
      {TICKS.map((tick) => (
        <span
          key={tick}
          className="absolute inset-y-0 w-px bg-slate-200"
          style={{ left: `${tick}%` }}
        />
      ))}
    </div>
  );
}
