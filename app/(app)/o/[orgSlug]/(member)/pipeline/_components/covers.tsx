import { cn } from "@/components/ui/cn";
import { count } from "./pipeline-view";

/** The deals the page's filters leave, for every figure to say what it covers. */
export type CoversView = {
  /** The filters in force, as words ("owner Dana Reyes · source Web"); empty when none. */
  filters: string;
  /** Deals the filters leave (null while they are being counted), and deals in the data. */
  shown: number | null;
  all: number;
};

/**
 * One line under a figure saying which deals it covers. A figure the filters narrow says which
 * filters and how many deals; a figure that always covers the whole pipeline says so, and why,
 * once a filter is in force (so nobody reads it as filtered).
 */
export function Covers({
  view,
  wholePipeline,
  testId,
  className,
}: {
  view: CoversView;
  /** Why this figure ignores the filters; absent when the filters apply to it. */
  wholePipeline?: string;
  testId: string;
  className?: string;
}) {
  const all = `all ${count.format(view.all)} deals`;
  const text = !view.filters
    ? `Whole pipeline: ${all}`
    : wholePipeline
      ? `Whole pipeline, all filters ignored: ${wholePipeline} · ${all}`
      : `Filtered: ${view.filters} · ${view.shown === null ? "deals being counted" : `${count.format(view.shown)} of ${count.format(view.all)} deals`}`;
  return (
    <p
      className={cn(
        "mt-1 text-xs font-medium",
        view.filters && !wholePipeline ? "text-brand-700" : "text-muted",
        className,
      )}
      data-testid={testId}
      data-covers={view.filters ? (wholePipeline ? "whole" : "filtered") : "whole"}
    >
      {text}
    </p>
  );
}
