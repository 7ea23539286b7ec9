import Link from "next/link";
import { ReviewHistoryChart } from "@/components/charts/review-history-chart";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { CADENCE_LABELS, type Cadence } from "@/lib/domain/scoreboard";
import { StartReviewButton } from "./review-controls";
import { dayFormat, type ScoreboardData } from "./shared";

const longDay = new Intl.DateTimeFormat("en-US", {
  weekday: "long",
  month: "long",
  day: "numeric",
  timeZone: "UTC",
});

/** The next review, the reviews held so far and how their frozen figures moved. */
export function ReviewsSection({
  reviews,
  openReview,
  next,
  cadence,
  canStart,
  base,
  slug,
}: {
  reviews: ScoreboardData["reviews"];
  openReview: ScoreboardData["openReview"];
  next: ScoreboardData["next"];
  cadence: Cadence;
  /** Whether this member may start the next review now. */
  canStart: boolean;
  base: string;
  slug: string;
}) {
  const history = [...reviews].reverse().filter((r) => r.figures);
  const historyData = history.map((r) => ({
    review: `#${r.number}`,
    mqlToSql: r.figures!.mqlToSql,
    sqlToWon: r.figures!.sqlToWon,
    winRate: r.figures!.winRate,
    handoffCompliance: r.figures!.handoffCompliance,
    velocityPerDay: r.figures!.velocityPerDay,
    marketingSourcedPipeline: r.figures!.marketingSourcedPipeline,
  }));

  return (
    <Card className="mt-6 break-inside-avoid">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <CardTitle>Reviews</CardTitle>
          <p className="text-muted mt-1 text-sm">
            <span data-testid="next-review">
              {openReview ? `Review ${openReview.number} is open; ` : ""}
              Review {next.number} {next.overdue ? "was due" : "is due"}{" "}
              <strong className="text-ink">{longDay.format(next.dueOn)}</strong>
              {next.overdue ? " (overdue)" : ""}
            </span>{" "}
            ({CADENCE_LABELS[cadence].toLowerCase()}). Starting a review freezes today&apos;s
            figures, checks the next steps the last one set, and lists every stale, unclear or
            reopened deal for a decision.
          </p>
        </div>
        <div className="print:hidden">
          {openReview ? (
            <ButtonLink href={`${base}/reviews/${openReview.number}`}>
              Continue review {openReview.number}
            </ButtonLink>
          ) : canStart ? (
            <StartReviewButton
              orgSlug={slug}
              next={next.number}
              early={next.early ? longDay.format(next.dueOn) : null}
            />
          ) : null}
        </div>
      </div>
      {reviews.length === 0 ? (
        <p className="text-muted mt-4 text-sm">No review held yet.</p>
      ) : (
        <>
          <ul className="mt-4 divide-y divide-slate-200" data-testid="reviews">
            {reviews.map((r) => (
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
  );
}
