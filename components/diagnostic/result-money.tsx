import { Card, CardTitle } from "@/components/ui/card";
import { FRACTURE_INFO, PRIMARY_THRESHOLD } from "@/lib/domain/diagnostic";
import { REVENUE_BAND_OPTIONS, labelFor } from "@/lib/domain/diagnostic/context-options";
import { NOT_ADDED_REASON, formatMoneyRange, type DiagnosticPricing } from "@/lib/domain/pricing";
import { RevenueBandForm } from "./revenue-band-form";
import type { ResultVoice } from "./result-voice";

const SOURCE_LABEL = { published: "Published figure", ours: "Our assumption" } as const;

/**
 * What each broken fracture costs per quarter, as a range, with every assumption behind it.
 * Rendered only for results stored with a pricing method; older results have no such section.
 */
export function ResultMoney({
  pricing,
  revenueBand,
  voice,
  repriceToken,
}: {
  pricing: DiagnosticPricing;
  revenueBand: string | null;
  voice: ResultVoice;
  /** The private link's token, when the reader may give the revenue band the result lacks. */
  repriceToken?: string;
}) {
  if (pricing.status === "needs-revenue") {
    return (
      <Card className="mt-6" aria-labelledby="money-title">
        <CardTitle id="money-title">What the leak costs</CardTitle>
        {repriceToken ? (
          <>
            <p className="text-muted mt-2 text-pretty">
              Tell us your company&apos;s revenue band and this page prices each broken link per
              quarter. Your answers and scores stay exactly as they are.
            </p>
            <RevenueBandForm token={repriceToken} />
          </>
        ) : (
          <p className="text-muted mt-2 text-pretty">
            Not priced: {voice === "taker" ? "you" : "the taker"} gave no revenue band.
          </p>
        )}
      </Card>
    );
  }

  const band = labelFor(REVENUE_BAND_OPTIONS, revenueBand) ?? revenueBand;
  return (
    <Card className="mt-6" aria-labelledby="money-title">
      <CardTitle id="money-title">What the leak costs, per quarter</CardTitle>
      <p className="text-muted mt-2 text-sm text-pretty">
        A directional range from twelve answers and a revenue band of {band}: revenue each repair
        would win back in a quarter, not an audit of your books.
      </p>
      {pricing.prices.length === 0 ? (
        <p className="text-ink mt-4 text-pretty">
          No fracture scores {PRIMARY_THRESHOLD} or more, so there is no leak to price.
        </p>
      ) : (
        <>
          <ul className="mt-5 divide-y divide-slate-100">
            {pricing.prices.map((price) => (
              <li
                key={price.key}
                className="flex flex-col gap-1 py-3 sm:flex-row sm:items-baseline sm:justify-between sm:gap-6"
              >
                <div className="min-w-0">
                  <p className="text-ink font-medium">
                    {FRACTURE_INFO[price.key].name}
                    <span className="text-muted ml-2 text-sm font-normal tabular-nums">
                      {price.score}/100
                    </span>
                  </p>
                  <p className="text-muted mt-0.5 text-sm text-pretty">{price.working}</p>
                </div>
                <p
                  className="text-ink shrink-0 text-lg font-semibold whitespace-nowrap tabular-nums"
                  data-testid={`price-${price.key}`}
                >
                  {formatMoneyRange(price.lowPerQuarter, price.highPerQuarter)}
                  {/* A real space, so the figure and its unit are read as two words. */}{" "}
                  <span className="text-muted text-sm font-normal">a quarter</span>
                </p>
              </li>
            ))}
          </ul>
          {pricing.prices.length > 1 ? (
            <p className="text-muted mt-3 text-sm text-pretty">{NOT_ADDED_REASON}</p>
          ) : null}
        </>
      )}
      <details className="group mt-5 rounded-xl border border-slate-200 bg-slate-50 px-4 py-3">
        <summary className="text-ink cursor-pointer text-sm font-medium">How we got this</summary>
        <ul className="mt-3 space-y-2 text-sm">
          {pricing.assumptions.map((assumption) => (
            <li key={assumption.text} className="text-pretty">
              <span
                className={
                  assumption.source === "published"
                    ? "bg-brand-50 text-brand-700 mr-2 inline-block rounded px-1.5 py-0.5 text-xs font-medium"
                    : "mr-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900"
                }
              >
                {SOURCE_LABEL[assumption.source]}
              </span>
              <span className="text-ink">{assumption.text}</span>
            </li>
          ))}
        </ul>
        <p className="text-muted mt-3 text-xs">
          Priced with method {pricing.version}; the figures stay as first priced when the method
          changes.
        </p>
      </details>
    </Card>
  );
}
