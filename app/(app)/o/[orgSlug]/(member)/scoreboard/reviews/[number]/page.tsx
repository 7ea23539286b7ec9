import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/guard";
import { can } from "@/lib/domain/organization/permissions";
import { isAppError } from "@/lib/errors";
import { loadReview } from "@/lib/services/scoreboard/reviews";
import { REVIEW_SORT_LABELS, REVIEW_SORTS, sortReviewDeals } from "@/lib/domain/scoreboard";
import { listHref, pageCount, parseSortAndPage } from "@/lib/http/sort-and-page";
import { Pager } from "@/components/ui/pager";
import { SortOptions } from "@/components/ui/sort-options";
import { CloseReviewButton } from "../../_components/review-controls";
import {
  DealsPrintTable,
  DealsToDecide,
  DealsToDecideCard,
} from "../../_components/deals-to-decide";
import { FollowUpsCard } from "../../_components/follow-ups-card";
import { ReviewFiguresCard } from "../../_components/review-figures-card";

export const metadata: Metadata = { title: "Pipeline review" };

const dayFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const meetingDay = new Intl.DateTimeFormat("en-US", {
  weekday: "short",
  month: "short",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});
const timeFormat = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/** Deals shown a page: enough to work through in one sitting without losing the form. */
const PAGE_SIZE = 20;

export default async function ReviewPage({
  params,
  searchParams,
}: PageProps<"/o/[orgSlug]/scoreboard/reviews/[number]">) {
  const { orgSlug, number: raw } = await params;
  const ctx = await orgPage(orgSlug, "scoreboard:read", `/o/${orgSlug}/scoreboard/reviews/${raw}`);
  const number = Number(raw);
  if (!Number.isInteger(number) || number < 1 || number > 100_000) notFound();
  const loaded = await loadReview(ctx.organization.id, number).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { review, figures, previous, names } = loaded;
  const open = review.status === "OPEN";
  const slug = ctx.organization.slug;
  const base = `/o/${slug}/scoreboard/reviews/${review.number}`;
  const decided = review.deals
    .filter((d) => d.decidedAt)
    .sort((a, b) => a.decidedAt!.getTime() - b.decidedAt!.getTime());
  const undecided = review.deals.filter((d) => !d.decision).map((d) => d.name);
  const list = parseSortAndPage(await searchParams, {
    sorts: REVIEW_SORTS,
    defaultSort: "amount",
    pageSize: PAGE_SIZE,
  });
  const pages = pageCount(review.deals.length, PAGE_SIZE);
  const page = Math.min(list.page, pages);
  const sorted = sortReviewDeals(review.deals, list.sort, list.direction);
  const shown = sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const kept = {
    sort: list.sort === "amount" ? undefined : list.sort,
    dir: list.direction === "desc" ? undefined : list.direction,
  };

  return (
    <>
      <p className="text-sm print:hidden">
        <Link href={`/o/${slug}/scoreboard`} className="text-brand-700 hover:underline">
          ← Scoreboard
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-ink text-2xl font-bold tracking-tight">Review {review.number}</h1>
            <Badge tone={open ? "watch" : "neutral"}>{open ? "Open" : "Closed"}</Badge>
            {review.startedEarly && review.dueOn ? (
              <Badge tone="brand" data-testid="started-early">
                Held early · due {dayFormat.format(review.dueOn)}
              </Badge>
            ) : null}
          </div>
          <dl className="text-muted mt-2 grid gap-x-6 gap-y-1 text-sm sm:flex sm:flex-wrap">
            <div className="flex gap-1.5">
              <dt>Meeting day</dt>
              <dd className="text-ink font-medium" data-testid="meeting-day">
                {meetingDay.format(review.reviewDate)}
              </dd>
            </div>
            <div className="flex gap-1.5">
              <dt>Data as of</dt>
              <dd className="text-ink font-medium" data-testid="data-as-of">
                {dayFormat.format(new Date(figures.asOf))}
              </dd>
            </div>
            {review.closedAt ? (
              <div className="flex gap-1.5">
                <dt>Closed on</dt>
                <dd className="text-ink font-medium">
                  {dayFormat.format(review.closedAt)}
                  {review.closedUndecided
                    ? `, ${review.closedUndecided} ${review.closedUndecided === 1 ? "deal" : "deals"} left undecided`
                    : ""}
                </dd>
              </div>
            ) : null}
          </dl>
        </div>
        <div className="flex flex-wrap items-start gap-2 print:hidden">
          {/* A plain link: a file to download, not a page for the client router. */}
          <a href={`${base}/decisions`} download className={buttonClasses("secondary")}>
            Export decisions (CSV)
          </a>
          {open && can(ctx.role, "scoreboard:manage") ? (
            <CloseReviewButton orgSlug={slug} number={review.number} undecided={undecided} />
          ) : null}
        </div>
      </div>
      <p className="text-muted mt-2 text-sm">
        Figures frozen {timeFormat.format(review.startedAt)} UTC
        {review.standardVersion
          ? `, against version ${review.standardVersion} of the signed standard`
          : ", before any standard was signed"}
        . Later imports do not change them. Due dates count from the meeting day.
      </p>

      {review.number > 1 ? (
        <FollowUpsCard
          followUps={review.followUps}
          previousNumber={previous?.number ?? review.number - 1}
          stageLabels={loaded.stageLabels}
          currency={ctx.organization.currency}
        />
      ) : null}

      <ReviewFiguresCard
        organizationId={ctx.organization.id}
        figures={figures}
        previous={previous}
        standardVersion={review.standardVersion}
      />

      <DealsToDecideCard
        total={review.deals.length}
        decided={decided.length}
        heldOut={review.heldOut}
      >
        {/* On screen a page of the list with its forms; on paper every deal, in one table. */}
        <div className="print:hidden">
          <SortOptions
            className="mt-4"
            options={REVIEW_SORTS.map((column) => ({ column, label: REVIEW_SORT_LABELS[column] }))}
            sort={list.sort}
            direction={list.direction}
            href={(sort, dir) =>
              listHref(base, {
                sort: sort === "amount" ? undefined : sort,
                dir: dir === "desc" ? undefined : dir,
              })
            }
          />
          <DealsToDecide
            loaded={loaded}
            deals={shown}
            slug={slug}
            currency={ctx.organization.currency}
            mayDecide={open && can(ctx.role, "scoreboard:decide")}
            dealLinks={can(ctx.role, "pipeline:read")}
          />
          <Pager
            className="mt-2 border-t border-slate-200 pt-3"
            page={page}
            pageSize={PAGE_SIZE}
            total={review.deals.length}
            href={(p) => listHref(base, kept, { page: p === 1 ? undefined : p })}
            label="Pages of deals to decide"
          />
        </div>
        <DealsPrintTable
          deals={sorted}
          stageLabels={loaded.stageLabels}
          currency={ctx.organization.currency}
        />
      </DealsToDecideCard>

      <Card className="mt-6 break-inside-avoid">
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
