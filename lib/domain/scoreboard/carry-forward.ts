import { DAY_MS } from "@/lib/domain/pipeline";
import { CADENCE_DAYS, startOfUtcDay, type Cadence } from "./cadence";

/**
 * Decisions live on the deal, not on one meeting: what an earlier review decided about a deal
 * shapes the next review's list. An advanced deal comes back as a follow-up (done when the CRM
 * shows it moved, otherwise overdue or still pending); an eliminated deal stays off the list
 * until the CRM moves it again, and then returns marked "reopened".
 */

export type DealStatusNow = "OPEN" | "WON" | "LOST";

/** A deal's latest decision at an earlier review, with where the deal stood at that review. */
export type PriorDecision = {
  externalId: string;
  reviewNumber: number;
  decision: "ADVANCE" | "ELIMINATE";
  name: string;
  amount: number | null;
  stageKey: string | null;
  stageEnteredAt: Date | null;
  nextStep: string | null;
  decisionOwner: string | null;
  dueDate: Date | null;
  eliminationReason: string | null;
};

/** A deal as the latest import has it. */
export type DealNow = {
  externalId: string;
  name: string;
  owner: string | null;
  amount: number | null;
  status: DealStatusNow;
  stageKey: string | null;
  stageEnteredAt: Date | null;
  /** Days in its stage as of the data's own date; null when the entry is undated. */
  daysInStage: number | null;
};

/**
 * Whether the deal moved since the decision: closed, in another stage, or entered its stage
 * again (a move forward and back between two imports shows as a later entry). A deal the latest
 * import no longer has counts as moved: the decision no longer holds anything in place.
 */
export function movedSince(
  prior: Pick<PriorDecision, "stageKey" | "stageEnteredAt">,
  now: DealNow | undefined,
): boolean {
  if (!now) return true;
  if (now.status !== "OPEN") return true;
  if (now.stageKey !== prior.stageKey) return true;
  if (prior.stageEnteredAt && now.stageEnteredAt)
    return prior.stageEnteredAt.getTime() !== now.stageEnteredAt.getTime();
  return false;
}

export type FollowUpStatus = "DONE" | "OVERDUE" | "PENDING";

export type FollowUp = {
  externalId: string;
  fromReviewNumber: number;
  name: string;
  amount: number | null;
  nextStep: string;
  decisionOwner: string;
  dueDate: Date;
  status: FollowUpStatus;
  stageAtDecision: string | null;
  stageNow: string | null;
  /** Null when the latest import no longer has the deal. */
  dealStatus: DealStatusNow | null;
};

/** "3@12": review 3's advance decision on deal 12, as follow-ups already done are remembered. */
export const followUpKey = (externalId: string, reviewNumber: number) =>
  `${reviewNumber}@${externalId}`;

/**
 * What the next review checks first: every deal whose latest decision was to advance it, unless
 * an earlier review already saw that step done. Done when the deal moved; otherwise overdue when
 * its due date is before the review's day, pending when not. Largest amounts first.
 */
export function followUpsFor(
  priors: PriorDecision[],
  now: Map<string, DealNow>,
  options: { reviewDate: Date; alreadyDone: Set<string> },
): FollowUp[] {
  const reviewDay = startOfUtcDay(options.reviewDate).getTime();
  const followUps: FollowUp[] = [];
  for (const p of priors) {
    if (p.decision !== "ADVANCE" || !p.dueDate || !p.nextStep || !p.decisionOwner) continue;
    if (options.alreadyDone.has(followUpKey(p.externalId, p.reviewNumber))) continue;
    const deal = now.get(p.externalId);
    const status: FollowUpStatus = movedSince(p, deal)
      ? "DONE"
      : p.dueDate.getTime() < reviewDay
        ? "OVERDUE"
        : "PENDING";
    followUps.push({
      externalId: p.externalId,
      fromReviewNumber: p.reviewNumber,
      name: deal?.name ?? p.name,
      amount: deal?.amount ?? p.amount,
      nextStep: p.nextStep,
      decisionOwner: p.decisionOwner,
      dueDate: p.dueDate,
      status,
      stageAtDecision: p.stageKey,
      stageNow: deal?.stageKey ?? null,
      dealStatus: deal?.status ?? null,
    });
  }
  return followUps.sort(byAmountThenName);
}

/** A deal to decide on at a review, as it stands now. */
export type ReviewCandidate = {
  externalId: string;
  name: string;
  owner: string | null;
  amount: number | null;
  stageKey: string | null;
  stageEnteredAt: Date | null;
  daysInStage: number | null;
  stallRatio: number | null;
  reason: "STALE" | "UNCLEAR" | "REOPENED";
  reasonText: string;
};

/**
 * The review's list: the stale and unclear deals, less those an earlier review eliminated and
 * the CRM has not moved since, plus every eliminated deal the CRM has moved and still holds open,
 * marked reopened (whether or not it is stale now: the team ruled it out, and it is moving).
 * Largest open amount first, since those move the figures most. `heldOut` counts the stale or
 * unclear deals left off because they were eliminated and have not moved.
 */
export function reviewListFor(
  candidates: Omit<ReviewCandidate, "stageEnteredAt">[],
  priors: PriorDecision[],
  now: Map<string, DealNow>,
  stageLabel: (key: string | null) => string,
): { deals: ReviewCandidate[]; heldOut: number } {
  const eliminated = new Map(
    priors.filter((p) => p.decision === "ELIMINATE").map((p) => [p.externalId, p]),
  );
  const list = new Map<string, ReviewCandidate>();
  let heldOut = 0;
  for (const c of candidates) {
    if (eliminated.has(c.externalId)) {
      if (!movedSince(eliminated.get(c.externalId)!, now.get(c.externalId))) heldOut++;
      continue;
    }
    list.set(c.externalId, { ...c, stageEnteredAt: now.get(c.externalId)?.stageEnteredAt ?? null });
  }
  for (const p of eliminated.values()) {
    const deal = now.get(p.externalId);
    if (!deal || deal.status !== "OPEN" || !movedSince(p, deal)) continue;
    const listed = candidates.find((c) => c.externalId === p.externalId);
    const moved =
      deal.stageKey === p.stageKey
        ? `entered ${stageLabel(deal.stageKey)} again`
        : `moved it from ${stageLabel(p.stageKey)} to ${stageLabel(deal.stageKey)}`;
    list.set(p.externalId, {
      externalId: p.externalId,
      name: deal.name,
      owner: deal.owner,
      amount: deal.amount,
      stageKey: deal.stageKey,
      stageEnteredAt: deal.stageEnteredAt,
      daysInStage: deal.daysInStage,
      stallRatio: listed?.stallRatio ?? null,
      reason: "REOPENED",
      reasonText: `Eliminated in review ${p.reviewNumber}${p.eliminationReason ? ` (${p.eliminationReason})` : ""}; the CRM has since ${moved}`,
    });
  }
  return { deals: [...list.values()].sort(byAmountThenName), heldOut };
}

function byAmountThenName(
  a: { amount: number | null; name: string },
  b: { amount: number | null; name: string },
) {
  return (b.amount ?? -1) - (a.amount ?? -1) || a.name.localeCompare(b.name);
}

/**
 * The day the next review is due: the first review on the anchor day, each later one a cadence
 * after the scheduled day the last review settled (the nearest to the day it was held, as
 * `nextReviewDate` counts it). Unlike `nextReviewDate` it does not move on while a review is
 * overdue, so a review held late is on time for nothing and early for nothing.
 */
export function reviewDueOn(input: {
  cadence: Cadence;
  anchor: Date;
  lastReviewAt: Date | null;
}): Date {
  const anchor = startOfUtcDay(input.anchor).getTime();
  // No review yet, or none since the first review day was set (moved later): that day is due.
  if (input.lastReviewAt === null || startOfUtcDay(input.lastReviewAt).getTime() < anchor)
    return new Date(anchor);
  const period = CADENCE_DAYS[input.cadence] * DAY_MS;
  const settled = Math.round((startOfUtcDay(input.lastReviewAt).getTime() - anchor) / period);
  return new Date(anchor + (settled + 1) * period);
}

/** Whether a review started on `now` comes before its due day (UTC days). */
export function startsEarly(dueOn: Date, now: Date): boolean {
  return startOfUtcDay(now).getTime() < startOfUtcDay(dueOn).getTime();
}

/**
 * The next review's number, the day it is due and whether starting it on `now` would be early,
 * given the last review held (null before the first).
 */
export function reviewTiming(input: {
  cadence: Cadence;
  anchor: Date;
  last: { number: number; reviewDate: Date } | null;
  now: Date;
}) {
  const dueOn = reviewDueOn({
    cadence: input.cadence,
    anchor: input.anchor,
    lastReviewAt: input.last?.reviewDate ?? null,
  });
  return {
    number: (input.last?.number ?? 0) + 1,
    dueOn,
    early: startsEarly(dueOn, input.now),
  };
}
