import { Card, CardTitle } from "@/components/ui/card";
import { FRACTURE_INFO } from "@/lib/domain/diagnostic";
import {
  MIN_COHORT_RESULTS,
  type Cohort,
  type PeerComparison as Comparison,
} from "@/lib/domain/diagnostic/benchmark";
import { REVENUE_BAND_OPTIONS, labelFor } from "@/lib/domain/diagnostic/context-options";
import type { ResultVoice } from "./result-voice";

/** How an industry reads inside a sentence ("… from logistics and freight companies"). */
const INDUSTRY_NOUNS: Record<string, string> = {
  logistics: "logistics and freight companies",
  distribution: "wholesale and distribution companies",
  industrial: "industrial and manufacturing companies",
  technology: "technology and software companies",
  services: "professional services firms",
  other: "companies outside our listed industries",
};

function lowerFirst(text: string) {
  return text.replace(/^[A-Z](?=[a-z ])/, (c) => c.toLowerCase());
}

/** "42 results from technology and software companies with $20M–$50M revenue". */
export function describeCohort(cohort: Cohort & { results: number }): string {
  const count = cohort.results.toLocaleString("en-US");
  if (!cohort.vertical) return `all ${count} results taken on this question set`;
  const who = INDUSTRY_NOUNS[cohort.vertical] ?? "companies in your industry";
  const band = labelFor(REVENUE_BAND_OPTIONS, cohort.revenueBand);
  return band
    ? `${count} results from ${who} with ${lowerFirst(band)} revenue`
    : `${count} results from ${who}`;
}

function ordinal(n: number) {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th"}`;
}

/** The words that differ between the taker reading their own result and a team reading it. */
const WORDS = {
  taker: {
    title: "How you compare",
    their: "your",
    them: "you",
    noIndustry:
      "You did not give an industry, so this compares you with everyone. Name it next time to see closer peers.",
    scoreOf: "Your",
  },
  team: {
    title: "How this result compares",
    their: "the taker's",
    them: "this result",
    noIndustry: "The taker gave no industry, so this compares the result with everyone.",
    scoreOf: "The",
  },
} as const;

/** Why a wider cohort than the taker's own was used, if it was. */
function widerNote(
  cohort: Cohort,
  context: { vertical: string | null; revenueBand: string | null },
  voice: ResultVoice,
): string | null {
  const w = WORDS[voice];
  if (context.vertical && context.revenueBand && cohort.revenueBand === null) {
    return cohort.vertical
      ? `Fewer than ${MIN_COHORT_RESULTS} results share both ${w.their} industry and revenue band so far, so this compares ${w.them} with the whole industry.`
      : `Fewer than ${MIN_COHORT_RESULTS} results share ${w.their} industry so far, so this compares ${w.them} with everyone.`;
  }
  if (context.vertical && cohort.vertical === null)
    return `Fewer than ${MIN_COHORT_RESULTS} results share ${w.their} industry so far, so this compares ${w.them} with everyone.`;
  if (!context.vertical) return w.noIndustry;
  return null;
}

/** Each fracture's leak score as a percentile among comparable companies' results. */
export function PeerComparison({
  comparison,
  context,
  voice,
  className,
}: {
  comparison: Comparison;
  context: { vertical: string | null; revenueBand: string | null };
  voice: ResultVoice;
  className?: string;
}) {
  const { cohort } = comparison;
  const w = WORDS[voice];
  const note = cohort ? widerNote(cohort, context, voice) : null;
  return (
    <Card className={className} aria-labelledby="peers-title" data-testid="peer-comparison">
      <CardTitle id="peers-title">{w.title}</CardTitle>
      {cohort ? (
        <>
          <p className="text-ink mt-2 text-pretty">
            Among {describeCohort(cohort)}, counted anonymously across every organization that uses
            Revenue Chain.
          </p>
          {note ? <p className="text-muted mt-2 text-sm text-pretty">{note}</p> : null}
          <ul className="mt-5 space-y-4">
            {comparison.fractures.map((f) => (
              <li key={f.key}>
                <div className="flex items-baseline justify-between gap-3 text-sm">
                  <span className="text-ink font-medium">{FRACTURE_INFO[f.key].name}</span>
                  <span className="text-ink shrink-0 font-semibold tabular-nums">
                    {ordinal(f.percentile)} percentile
                  </span>
                </div>
                <div
                  className="mt-1.5 h-2 overflow-hidden rounded-full bg-slate-100 [print-color-adjust:exact]"
                  role="img"
                  aria-label={`${w.scoreOf} ${FRACTURE_INFO[f.key].shortName} score of ${f.score} is at the ${ordinal(f.percentile)} percentile`}
                >
                  <div
                    className="h-full rounded-full bg-slate-700 [print-color-adjust:exact]"
                    style={{ width: `${Math.max(2, f.percentile)}%` }}
                  />
                </div>
              </li>
            ))}
          </ul>
          <p className="text-muted mt-5 text-sm text-pretty">
            A percentile is the share of these results with a lower leak score, with equal scores
            counted as half. Above 50, that fracture leaks more here than for most of them; figures
            are refreshed every hour and leave out demo data.
          </p>
        </>
      ) : (
        <p className="text-muted mt-2 text-pretty">
          Not enough results to compare with yet. We show percentiles only once at least{" "}
          {MIN_COHORT_RESULTS} results are counted in a comparable group, and even across all
          industries there are fewer so far. The scores above stand on their own.
        </p>
      )}
    </Card>
  );
}
