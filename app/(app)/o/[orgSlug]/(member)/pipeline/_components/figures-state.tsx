import { Card, CardTitle } from "@/components/ui/card";

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
