import { ButtonLink } from "@/components/ui/button";
import { CADENCE_LABELS, type Cadence } from "@/lib/domain/scoreboard";
import { PrintButton } from "./review-controls";

export function ScoreboardHeader({
  cadence,
  base,
  present,
}: {
  cadence: Cadence;
  base: string;
  present: boolean;
}) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-4">
      <div>
        <h1 className="text-ink text-2xl font-bold tracking-tight sm:text-3xl">Scoreboard</h1>
        <p className="text-muted mt-1 max-w-2xl">
          One set of figures marketing and sales both defend, reviewed together{" "}
          {CADENCE_LABELS[cadence].toLowerCase()}.
        </p>
      </div>
      <div className="flex flex-wrap gap-2 print:hidden">
        <ButtonLink href={present ? base : `${base}?present=1`} variant="secondary">
          {present ? "Normal view" : "Meeting-room view"}
        </ButtonLink>
        <PrintButton />
      </div>
    </div>
  );
}
