import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatMoney } from "@/components/charts/pipeline/format";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { orgPage } from "@/lib/auth/guard";
import { can } from "@/lib/domain/organization/permissions";
import { isAppError } from "@/lib/errors";
import { loadReview } from "@/lib/services/scoreboard/reviews";
import { CloseReviewButton, DecisionForm } from "../../_components/review-controls";
import { ReviewFiguresCard } from "../../_components/review-figures-card";

export const metadata: Metadata = { title: "Pipeline review" };

const dayFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const timeFormat = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

export default async function ReviewPage({
  params,
}: PageProps<"/o/[orgSlug]/scoreboard/reviews/[number]">) {
  const { orgSlug, number: raw } = await params;
  const ctx = await orgPage(orgSlug, "scoreboard:read", `/o/${orgSlug}/scoreboard/reviews/${raw}`);
  const number = Number(raw);
  if (!Number.isInteger(number) || number < 1 || number > 100_000) notFound();
  const { review, figures, previous, names } = await loadReview(ctx.organization.id, number).catch(
    (error) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    },
  );
  const open = review.status === "OPEN";
  const mayDecide = open && can(ctx.role, "scoreboard:decide");
  const slug = ctx.organization.slug;
  const decided = review.deals
    .filter((d) => d.decidedAt)
    .sort((a, b) => a.decidedAt!.getTime() - b.decidedAt!.getTime());
  const reviewDay = review.reviewDate.toISOString().slice(0, 10);
  const firstUndecided = review.deals.find((d) => !d.decision)?.externalId;

  return (
    <>
      <p className="text-sm">
        <Link href={`/o/${slug}/scoreboard`} className="text-brand-700 hover:underline">
          ← Scoreboard
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-ink text-2xl font-bold tracking-tight">
            Review {review.number} · {dayFormat.format(review.reviewDate)}
          </h1>
          <Badge tone={open ? "watch" : "neutral"}>{open ? "Open" : "Closed"}</Badge>
        </div>
        {open && can(ctx.role, "scoreboard:manage") ? (
          <CloseReviewButton orgSlug={slug} number={review.number} />
        ) : null}
      </div>
      <p className="text-muted mt-1 text-sm">
        Figures frozen {timeFormat.format(review.startedAt)} UTC
        {review.standardVersion
          ? `, against version ${review.standardVersion} of the signed standard`
          : ", before any standard was signed"}
        . Later imports do not change them.
      </p>

      <ReviewFiguresCard
        organizationId={ctx.organization.id}
        figures={figures}
        previous={previous}
        standardVersion={review.standardVersion}
      />

      <Card className="mt-6">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <CardTitle>Deals to decide</CardTitle>
          <p className="text-muted text-sm">
            {decided.length} of {review.deals.length} decided
          </p>
        </div>
        <p className="text-muted mt-1 text-sm">
          Each stale or unclear deal is advanced, with a next step, an owner and a date, or
          eliminated with a reason. Record the outcome in the CRM too; the next import brings it
          back here.
        </p>
        {review.deals.length === 0 ? (
          <p className="text-muted mt-4 text-sm">No stale or unclear deals at this review.</p>
        ) : (
          <ul className="mt-4 divide-y divide-slate-200" data-testid="review-deals">
            {review.deals.map((d) => (
              <li key={d.externalId} className="py-4">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="text-ink font-medium">{d.name}</p>
                    <p className="text-muted text-sm">
                      {d.owner ?? "No owner"} ·{" "}
                      {d.amount ? formatMoney(Number(d.amount)) : "no amount"} · {d.reasonText}
                    </p>
                  </div>
                  <Badge tone={d.reason === "STALE" ? "leak" : "watch"}>
                    {d.reason === "STALE" ? "Stale" : "Unclear"}
                  </Badge>
                </div>
                {d.decision ? (
                  <p
                    className={cn(
                      "mt-2 rounded-lg px-3 py-2 text-sm",
                      d.decision === "ADVANCE"
                        ? "bg-emerald-50 text-emerald-900"
                        : "bg-slate-100 text-slate-800",
                    )}
                  >
                    {d.decision === "ADVANCE" ? (
                      <>
                        <strong>Advance:</strong> {d.nextStep} — {d.decisionOwner}, by{" "}
                        {dayFormat.format(d.dueDate!)}
                      </>
                    ) : (
                      <>
                        <strong>Eliminate:</strong> {d.eliminationReason}
                      </>
                    )}
                  </p>
                ) : null}
                {mayDecide ? (
                  // One form open at a time: the first deal still waiting for a decision.
                  <details
                    className="mt-2 text-sm"
                    open={!d.decision && d.externalId === firstUndecided}
                  >
                    <summary className="text-brand-700 cursor-pointer font-medium">
                      {d.decision ? "Change the decision" : "Decide"}
                    </summary>
                    <DecisionForm
                      orgSlug={slug}
                      number={review.number}
                      externalId={d.externalId}
                      dealName={d.name}
                      reviewDate={reviewDay}
                      defaultOwner={d.owner ?? ""}
                    />
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card className="mt-6">
        <CardTitle>Decisions log</CardTitle>
        {decided.length === 0 ? (
          <p className="text-muted mt-2 text-sm">No decision recorded yet.</p>
        ) : (
          <ol className="mt-3 space-y-2 text-sm" data-testid="decisions-log">
            {decided.map((d) => (
              <li key={d.externalId} className="flex flex-wrap gap-x-2">
                <span className="text-muted tabular-nums">{timeFormat.format(d.decidedAt!)}</span>
                <span className="text-ink">
                  {d.decidedById ? (names.get(d.decidedById) ?? "A former member") : "Someone"}{" "}
                  {d.decision === "ADVANCE" ? "advanced" : "eliminated"} {d.name}
                </span>
              </li>
            ))}
          </ol>
        )}
      </Card>
    </>
  );
}
