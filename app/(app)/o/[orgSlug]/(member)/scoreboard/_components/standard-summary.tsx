import { StandardText } from "@/components/scoreboard/standard-text";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LEAD_FUNCTION_TITLES, LEAD_FUNCTIONS } from "@/lib/domain/scoreboard";
import { dayFormat, type ScoreboardData } from "./shared";

/** The signed definition of a qualified opportunity, or the prompt to write one. */
export function StandardSummary({
  standard,
  base,
  present,
}: {
  standard: ScoreboardData["standard"];
  base: string;
  present: boolean;
}) {
  const { effective } = standard;
  return (
    <Card className="mt-6" data-testid="standard-summary">
      {effective ? (
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <p className="text-muted text-sm">Qualified opportunity, as both leads signed it</p>
            <p className="text-ink mt-1 font-semibold">
              Version {effective.number}: budget, authority, a live problem, a realistic timeline;
              sales answers each lead within {effective.content.handoff.responseHours} hours.
            </p>
            <ul className="text-muted mt-2 space-y-0.5 text-sm">
              {LEAD_FUNCTIONS.map((fn) => {
                const s = standard.signatures.find(
                  (x) => x.version === effective.number && x.function === fn,
                );
                return s ? (
                  <li key={fn}>
                    {LEAD_FUNCTION_TITLES[fn]}: signed by {standard.nameOf(s.userId)} on{" "}
                    {dayFormat.format(s.signedAt)}
                  </li>
                ) : null;
              })}
            </ul>
          </div>
          <ButtonLink href={`${base}/standard`} variant="secondary" className="print:hidden">
            Versions and signatures
          </ButtonLink>
          <details className="w-full text-sm" open={present}>
            <summary className="text-brand-700 cursor-pointer font-medium print:hidden">
              The signed text in full
            </summary>
            <div className="mt-4">
              <StandardText standard={effective.content} />
            </div>
          </details>
        </div>
      ) : (
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-ink">
            <span className="font-semibold">No signed definition yet.</span>{" "}
            <span className="text-muted">
              Until the marketing and sales leads both sign one, the two teams still count qualified
              opportunities differently.
            </span>
          </p>
          <ButtonLink href={`${base}/standard`} className="print:hidden">
            Write and sign the standard
          </ButtonLink>
        </div>
      )}
    </Card>
  );
}
