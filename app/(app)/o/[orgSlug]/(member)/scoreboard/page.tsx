import type { Metadata } from "next";
import Link from "next/link";
import { VelocityTrendChart } from "@/components/charts/pipeline/velocity-trend-chart";
import { formatPercent } from "@/components/charts/pipeline/format";
import { ReviewHistoryChart } from "@/components/charts/review-history-chart";
import { ScoreTrendChart } from "@/components/charts/score-trend-chart";
import { formatFigure } from "@/components/scoreboard/figure-format";
import { StandardText } from "@/components/scoreboard/standard-text";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { orgPage } from "@/lib/auth/guard";
import { can } from "@/lib/domain/organization/permissions";
import { FRACTURE_INFO, FRACTURES } from "@/lib/domain/diagnostic";
import {
  CADENCE_LABELS,
  LEAD_FUNCTION_TITLES,
  LEAD_FUNCTIONS,
  SCOREBOARD_FIGURES,
  type FigureKey,
} from "@/lib/domain/scoreboard";
import { loadScoreboard } from "@/lib/services/scoreboard/load-scoreboard";
import { PrintButton, StartReviewButton } from "./_components/review-controls";

export const metadata: Metadata = { title: "Scoreboard" };

const dayFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const longDay = new Intl.DateTimeFormat("en-US", {
  weekday: "long",
  month: "long",
  day: "numeric",
  timeZone: "UTC",
});

/** The figures in the order both teams read them: pipeline in, conversion, speed, risk. */
const TILES: FigureKey[] = [
  "marketingSourcedPipeline",
  "mqlToSql",
  "sqlToWon",
  "handoffCompliance",
  "velocityPerDay",
  "qualifiedCount",
  "averageDealValue",
  "winRate",
  "averageCycleDays",
  "coverageRatio",
  "staleCount",
  "topOwnerShare",
];

export default async function ScoreboardPage({
  params,
  searchParams,
}: PageProps<"/o/[orgSlug]/scoreboard">) {
  const { orgSlug } = await params;
  const ctx = await orgPage(orgSlug, "scoreboard:read", `/o/${orgSlug}/scoreboard`);
  const present = (await searchParams).present === "1";
  const data = await loadScoreboard(ctx.organization.id);
  const slug = ctx.organization.slug;
  const base = `/o/${slug}/scoreboard`;
  const { effective } = data.standard;
  const manage = can(ctx.role, "scoreboard:manage");
  const nextNumber = (data.reviews[0]?.number ?? 0) + 1;
  const history = [...data.reviews].reverse().filter((r) => r.figures);
  const historyData = history.map((r) => ({
    review: `#${r.number}`,
    mqlToSql: r.figures!.mqlToSql,
    sqlToWon: r.figures!.sqlToWon,
    winRate: r.figures!.winRate,
    handoffCompliance: r.figures!.handoffCompliance,
    velocityPerDay: r.figures!.velocityPerDay,
    marketingSourcedPipeline: r.figures!.marketingSourcedPipeline,
  }));
  const fractureData = data.history.map((p) => ({
    period: `${dayFormat.format(p.date)} · ${p.source}`,
    ...Object.fromEntries(FRACTURES.map((k) => [k, p.scores[k]])),
  }));

  return (
    <div className={cn(present && "text-lg [&_h2]:text-2xl")}>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-ink text-2xl font-bold tracking-tight sm:text-3xl">Scoreboard</h1>
          <p className="text-muted mt-1 max-w-2xl">
            One set of figures marketing and sales both defend, reviewed together{" "}
            {CADENCE_LABELS[data.standard.settings.cadence].toLowerCase()}.
          </p>
        </div>
        <div className="flex flex-wrap gap-2 print:hidden">
          <ButtonLink href={present ? base : `${base}?present=1`} variant="secondary">
            {present ? "Normal view" : "Meeting-room view"}
          </ButtonLink>
          <PrintButton />
        </div>
      </div>

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
                  const s = data.standard.signatures.find(
                    (x) => x.version === effective.number && x.function === fn,
                  );
                  return s ? (
                    <li key={fn}>
                      {LEAD_FUNCTION_TITLES[fn]}: signed by {data.standard.nameOf(s.userId)} on{" "}
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
                Until the marketing and sales leads both sign one, the two teams still count
                qualified opportunities differently.
              </span>
            </p>
            <ButtonLink href={`${base}/standard`} className="print:hidden">
              Write and sign the standard
            </ButtonLink>
          </div>
        )}
      </Card>

      {!data.hasPipeline ? (
        <Card className="mt-6">
          <CardTitle>No pipeline yet</CardTitle>
          <p className="text-muted mt-2 text-sm">
            The scoreboard is computed from the CRM export. Import it, and every figure below fills
            in.
          </p>
          <div className="mt-4">
            <ButtonLink href={`/o/${slug}/pipeline/imports`}>Import CRM data</ButtonLink>
          </div>
        </Card>
      ) : (
        <>
          <div
            className="mt-6 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4"
            data-testid="scoreboard-figures"
          >
            {TILES.map((key) => {
              const info = SCOREBOARD_FIGURES[key];
              return (
                <div
                  key={key}
                  className="break-inside-avoid rounded-2xl border border-slate-200 bg-white p-4 shadow-sm"
                >
                  <p className="text-muted text-xs font-medium sm:text-sm">{info.label}</p>
                  <p
                    className={cn(
                      "text-ink mt-1 font-bold tabular-nums",
                      present ? "text-4xl" : "text-2xl",
                    )}
                  >
                    {formatFigure(data.figures[key], info.format)}
                  </p>
                </div>
              );
            })}
          </div>

          <div className="mt-6 grid gap-6 lg:grid-cols-2">
            <Card className="break-inside-avoid">
              <CardTitle>Velocity, month by month</CardTitle>
              <div className="mt-4">
                <VelocityTrendChart months={data.trend} />
              </div>
            </Card>
            <Card className="break-inside-avoid">
              <CardTitle>Fracture scores over time</CardTitle>
              {fractureData.length === 0 ? (
                <p className="text-muted mt-2 text-sm">
                  Appears with the first diagnostic taken through this organization&apos;s link or
                  the first published Snapshot.
                </p>
              ) : (
                <div className="mt-4">
                  <ScoreTrendChart
                    data={fractureData}
                    series={FRACTURES.map((k) => ({ key: k, name: FRACTURE_INFO[k].shortName }))}
                  />
                </div>
              )}
            </Card>
          </div>

          <div className="mt-6 grid gap-6 lg:grid-cols-2">
            <Card className="break-inside-avoid">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <CardTitle>Stale deals</CardTitle>
                <Link href={`/o/${slug}/pipeline`} className="text-brand-700 text-sm print:hidden">
                  All {data.stale.total} on the pipeline page
                </Link>
              </div>
              {data.stale.deals.length === 0 ? (
                <p className="text-muted mt-2 text-sm">None: every open deal is moving.</p>
              ) : (
                <ul className="mt-3 divide-y divide-slate-100 text-sm">
                  {data.stale.deals.map((d) => (
                    <li key={d.opportunityId} className="flex justify-between gap-3 py-2">
                      <span className="text-ink min-w-0 truncate">{d.name}</span>
                      <span className="text-muted shrink-0 tabular-nums">
                        {Math.round(d.daysInStage)} d · median {Math.round(d.medianDays)} d
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
            <Card className="break-inside-avoid">
              <CardTitle>Who carries the pipeline</CardTitle>
              <ul className="mt-3 divide-y divide-slate-100 text-sm">
                {data.owners.map((o) => (
                  <li key={o.owner} className="flex justify-between gap-3 py-2">
                    <span className="text-ink">{o.owner}</span>
                    <span className="text-muted tabular-nums">
                      {formatPercent(o.openValueShare)} of open · {formatPercent(o.wonRevenueShare)}{" "}
                      of won
                    </span>
                  </li>
                ))}
              </ul>
            </Card>
          </div>
        </>
      )}

      <Card className="mt-6 break-inside-avoid">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <CardTitle>Reviews</CardTitle>
            <p className="text-muted mt-1 text-sm">
              Next review: <strong className="text-ink">{longDay.format(data.nextReview)}</strong> (
              {CADENCE_LABELS[data.standard.settings.cadence].toLowerCase()}). Starting a review
              freezes today&apos;s figures and lists every stale and unclear deal for a decision.
            </p>
          </div>
          <div className="print:hidden">
            {data.openReview ? (
              <ButtonLink href={`${base}/reviews/${data.openReview.number}`}>
                Continue review {data.openReview.number}
              </ButtonLink>
            ) : manage && data.hasPipeline ? (
              <StartReviewButton orgSlug={slug} next={nextNumber} />
            ) : null}
          </div>
        </div>
        {data.reviews.length === 0 ? (
          <p className="text-muted mt-4 text-sm">No review held yet.</p>
        ) : (
          <>
            <ul className="mt-4 divide-y divide-slate-200" data-testid="reviews">
              {data.reviews.map((r) => (
                <li
                  key={r.number}
                  className="flex flex-wrap items-center justify-between gap-3 py-2.5"
                >
                  <Link
                    href={`${base}/reviews/${r.number}`}
                    className="text-ink font-medium hover:underline"
                  >
                    Review {r.number} · {dayFormat.format(r.reviewDate)}
                  </Link>
                  <span className="flex items-center gap-3 text-sm">
                    <span className="text-muted">{r._count.deals} deals</span>
                    <Badge tone={r.status === "OPEN" ? "watch" : "neutral"}>
                      {r.status === "OPEN" ? "Open" : "Closed"}
                    </Badge>
                  </span>
                </li>
              ))}
            </ul>
            {historyData.length > 1 ? (
              <div className="mt-6 grid gap-6 lg:grid-cols-2">
                <div>
                  <h3 className="text-ink text-sm font-semibold">Conversion and discipline</h3>
                  <ReviewHistoryChart
                    testId="review-history-rates"
                    unit="percent"
                    data={historyData}
                    series={[
                      { key: "mqlToSql", name: "MQL → SQL" },
                      { key: "sqlToWon", name: "SQL → won" },
                      { key: "winRate", name: "Win rate" },
                      { key: "handoffCompliance", name: "Handoff on time" },
                    ]}
                  />
                </div>
                <div>
                  <h3 className="text-ink text-sm font-semibold">Velocity per day</h3>
                  <ReviewHistoryChart
                    testId="review-history-velocity"
                    unit="money"
                    data={historyData}
                    series={[{ key: "velocityPerDay", name: "Velocity" }]}
                  />
                </div>
              </div>
            ) : null}
          </>
        )}
      </Card>
    </div>
  );
}
