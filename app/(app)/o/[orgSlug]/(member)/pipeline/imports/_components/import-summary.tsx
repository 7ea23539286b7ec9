import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { findingSentences } from "./findings";
import { importOutcome, type ImportCounts } from "./import-outcome";

const count = new Intl.NumberFormat("en-US");
const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export type SummaryView = ImportCounts & {
  rowsLeftOut: number;
  stageMoves: number;
  asOf: Date | null;
  undoneAt: Date | null;
  findings: unknown;
};

/** A finished import: what it brought in, what it refused or left out, and what it found. */
export function ImportSummary({
  view,
  pipelineHref,
  undo,
}: {
  view: SummaryView;
  pipelineHref: string;
  undo: ReactNode;
}) {
  const outcome = importOutcome(view);
  const findings = findingSentences(view.findings, view.asOf);
  const figures: [string, number, string][] = [
    ["Deals imported", view.dealsImported, "deals-imported"],
    ["History rows", view.historyRows, "history-rows"],
    ["Rows refused", view.rowsRejected, "rows-refused"],
    ["Rows left out by the mapping", view.rowsLeftOut, "rows-left-out"],
    ["Stage moves recorded", view.stageMoves, "stage-moves"],
  ];
  return (
    <Card className="mt-6 min-w-0" data-testid="import-summary">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <CardTitle>{view.status === "UNDONE" ? "Undone" : outcome.label}</CardTitle>
        {view.asOf ? (
          <p className="text-muted text-sm" data-testid="as-of">
            Data as of {dateFormat.format(view.asOf)}
          </p>
        ) : null}
      </div>
      {view.status === "UNDONE" ? (
        <p className="text-ink mt-2">
          {view.undoneAt ? `Undone on ${dateFormat.format(view.undoneAt)}. ` : ""}
          The deals it brought in and the changes it made were removed, and the figures recomputed.
          This is what it had imported:
        </p>
      ) : null}
      <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
        {figures.map(([label, value, testId]) => (
          <div key={testId} className="min-w-0">
            <dt className="text-muted text-sm">{label}</dt>
            <dd
              className={cn(
                "text-2xl font-semibold tabular-nums",
                testId === "rows-refused" && value > 0 ? "text-amber-700" : "text-ink",
              )}
              data-testid={testId}
            >
              {count.format(value)}
            </dd>
          </div>
        ))}
      </dl>
      {findings.length > 0 ? (
        <div className="mt-6 border-t border-slate-200 pt-5">
          <h3 className="text-ink font-semibold">What the files showed</h3>
          <ul
            className="text-ink mt-2 list-disc space-y-1.5 pl-5 text-sm wrap-anywhere"
            data-testid="import-findings"
          >
            {findings.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="mt-6 flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
        <ButtonLink href={pipelineHref}>See the pipeline</ButtonLink>
        {undo}
      </div>
    </Card>
  );
}
