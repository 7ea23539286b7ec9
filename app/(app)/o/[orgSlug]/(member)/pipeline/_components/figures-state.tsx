import { Card, CardTitle } from "@/components/ui/card";
import { RefreshWhileComputing } from "./refresh-while-computing";

/** Before the first figures exist: the import is in, the job is computing them. */
export function FiguresComputing() {
  return (
    <Card className="mt-6" data-testid="figures-computing">
      <CardTitle>Figures being computed</CardTitle>
      <p className="text-muted mt-2 max-w-2xl text-sm">
        The import is in. Its figures are being worked out over every deal and appear here in a
        minute or two; reload the page then.
      </p>
    </Card>
  );
}

/**
 * A filter combination's first view on a large pipeline: its figures are computed by a job (a
 * long query while the page waits would hold it for seconds); the page reloads till they are in.
 */
export function FilteredFiguresComputing({ filters }: { filters: string }) {
  return (
    <Card className="mt-6" data-testid="filtered-computing" aria-live="polite">
      <RefreshWhileComputing />
      <CardTitle>Working out the figures for these filters</CardTitle>
      <p className="text-muted mt-2 max-w-2xl text-sm">
        The velocity figures, funnel, time in stage and stage table for {filters} are being computed
        over every deal; they appear here in a few seconds and are kept until the next import. The
        figures below that cover the whole pipeline, and the stale deals, are current.
      </p>
    </Card>
  );
}

/** Figures shown are older than the data: say so above them, and whether the last try failed. */
export function FiguresBehind({ failed }: { failed: boolean }) {
  return (
    <p
      className="mt-4 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
      data-testid="figures-behind"
    >
      {failed
        ? "These figures are from before the latest import: computing the new ones failed and is being retried."
        : "These figures are from before the latest import; the new ones are being computed and appear on reload."}
    </p>
  );
}
