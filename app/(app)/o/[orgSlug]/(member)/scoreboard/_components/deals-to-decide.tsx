import Link from "next/link";
import type { ReactNode } from "react";
import { formatMoney } from "@/components/charts/pipeline/format";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { LoadedReview } from "@/lib/services/scoreboard/reviews";
import { DecisionForm } from "./review-controls";

const dayFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const iso = (d: Date) => d.toISOString().slice(0, 10);

const REASON = {
  STALE: { label: "Stale", tone: "leak" },
  UNCLEAR: { label: "Unclear", tone: "watch" },
  REOPENED: { label: "Reopened", tone: "brand" },
} as const;

type Deal = LoadedReview["review"]["deals"][number];

/**
 * The review's list: every stale, unclear or reopened deal, each advanced (next step, owner, due
 * day) or eliminated (reason), with what an earlier review decided about it.
 */
export function DealsToDecide({
  loaded,
  deals,
  slug,
  currency,
  mayDecide,
  dealLinks,
}: {
  loaded: LoadedReview;
  /** The deals to show (a page of the list, in the chosen order). */
  deals: Deal[];
  slug: string;
  currency: string;
  mayDecide: boolean;
  /** Whether the viewer may open the deal's own page. */
  dealLinks: boolean;
}) {
  const { review, priors, stageLabels, nextReviewDay } = loaded;
  const reviewDay = iso(review.reviewDate);
  const firstUndecided = deals.find((d) => !d.decision)?.externalId;
  const label = (key: string | null) => (key ? (stageLabels.get(key) ?? key) : "no stage");
  return (
    <ul className="mt-4 divide-y divide-slate-200" data-testid="review-deals">
      {deals.map((d) => {
        const prior = d.reason === "REOPENED" ? undefined : priors.get(d.externalId);
        return (
          <li
            key={d.externalId}
            className="break-inside-avoid py-4"
            data-testid={`deal-${d.externalId}`}
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="min-w-0">
                <p className="text-ink font-medium">
                  {dealLinks ? (
                    <Link
                      href={`/o/${slug}/pipeline/deals/${encodeURIComponent(d.externalId)}`}
                      className="hover:underline"
                    >
                      {d.name}
                    </Link>
                  ) : (
                    d.name
                  )}
                </p>
                <p className="text-muted text-sm tabular-nums">
                  {d.owner ?? "No owner"} ·{" "}
                  {d.amount !== null ? formatMoney(Number(d.amount), { currency }) : "no amount"} ·{" "}
                  {label(d.stageKey)}
                  {/* A stale deal's reason already says its days in stage. */}
                  {d.daysInStage !== null && d.reason !== "STALE"
                    ? ` · ${Math.round(d.daysInStage)} days in stage`
                    : ""}
                  {d.stallRatio !== null ? ` · ${d.stallRatio.toFixed(1)}× usual stay` : ""}
                </p>
                <p className="text-muted text-sm">{d.reasonText}.</p>
                {prior ? (
                  <p className="text-ink mt-1 text-sm" data-testid="prior-decision">
                    <span className="text-muted">Review {prior.reviewNumber}: </span>
                    {prior.decision === "ADVANCE"
                      ? `advanced — ${prior.nextStep}, ${prior.decisionOwner}, due ${prior.dueDate ? dayFormat.format(prior.dueDate) : "—"}`
                      : `eliminated — ${prior.eliminationReason}`}
                  </p>
                ) : null}
              </div>
              <Badge tone={REASON[d.reason].tone}>{REASON[d.reason].label}</Badge>
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
              // One form open at a time: the first deal on the page still waiting for a decision.
              <details
                className="mt-2 text-sm print:hidden"
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
                  defaultDue={iso(nextReviewDay)}
                  defaultOwner={d.owner ?? ""}
                />
              </details>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The card around the list: how many are decided, how to work through them. */
export function DealsToDecideCard({
  total,
  decided,
  heldOut,
  children,
}: {
  total: number;
  decided: number;
  /** Deals left off because an earlier review eliminated them and the CRM has not moved them. */
  heldOut: number;
  children: ReactNode;
}) {
  return (
    <Card className="mt-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <CardTitle>Deals to decide</CardTitle>
        <p className="text-muted text-sm" data-testid="decided-count">
          {decided} of {total} decided
        </p>
      </div>
      <p className="text-muted mt-1 text-sm">
        Each stale, unclear or reopened deal is advanced, with a next step, an owner and a due day,
        or eliminated with a reason. An eliminated deal stays off later reviews unless the CRM moves
        it. Export the decisions for the CRM admin to apply; the next import brings the outcome back
        here.
      </p>
      {heldOut > 0 ? (
        <p className="text-ink mt-2 text-sm" data-testid="held-out">
          {heldOut} stale or unclear {heldOut === 1 ? "deal is" : "deals are"} left off: eliminated
          at an earlier review and not moved in the CRM since. The pipeline page marks{" "}
          {heldOut === 1 ? "it" : "them"}.
        </p>
      ) : null}
      {total === 0 ? (
        <p className="text-muted mt-4 text-sm">
          No stale, unclear or reopened deals at this review.
        </p>
      ) : (
        children
      )}
    </Card>
  );
}

/**
 * On paper the whole list, not the page on screen: one compact row per deal with its decision,
 * in the order chosen on screen, for the meeting's handout.
 */
export function DealsPrintTable({
  deals,
  stageLabels,
  currency,
}: {
  deals: Deal[];
  stageLabels: Map<string, string>;
  currency: string;
}) {
  const label = (key: string | null) => (key ? (stageLabels.get(key) ?? key) : "—");
  return (
    <table className="mt-3 hidden w-full text-left text-xs print:table" data-testid="print-deals">
      <thead>
        <tr className="text-muted border-b border-slate-300">
          <th className="py-1 pr-2 font-medium">Deal</th>
          <th className="py-1 pr-2 font-medium">Owner</th>
          <th className="py-1 pr-2 text-right font-medium">Open amount</th>
          <th className="py-1 pr-2 font-medium">Stage</th>
          <th className="py-1 pr-2 font-medium">Listed because</th>
          <th className="py-1 font-medium">Decision</th>
        </tr>
      </thead>
      <tbody>
        {deals.map((d) => (
          <tr key={d.externalId} className="break-inside-avoid border-b border-slate-100 align-top">
            <td className="text-ink py-1 pr-2 font-medium">
              {d.name}
              {d.reason !== "STALE" ? (
                <span className="text-muted block font-normal">{REASON[d.reason].label}</span>
              ) : null}
            </td>
            <td className="py-1 pr-2">{d.owner ?? "No owner"}</td>
            <td className="py-1 pr-2 text-right tabular-nums">
              {d.amount !== null ? formatMoney(Number(d.amount), { currency }) : "—"}
            </td>
            <td className="py-1 pr-2">{label(d.stageKey)}</td>
            <td className="py-1 pr-2">{d.reasonText}</td>
            <td className="py-1">
              {d.decision === "ADVANCE"
                ? `Advance: ${d.nextStep} — ${d.decisionOwner}, by ${dayFormat.format(d.dueDate!)}`
                : d.decision === "ELIMINATE"
                  ? `Eliminate: ${d.eliminationReason}`
                  : "Undecided"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
