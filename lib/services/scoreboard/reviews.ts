import { z } from "zod";
import type { OrgContext } from "@/lib/auth/guard";
import { reviewDealCandidates } from "@/lib/data/scoreboard/review-deal-candidates";
import { closeReview } from "@/lib/data/scoreboard/close-review";
import { getLatestReview } from "@/lib/data/scoreboard/get-latest-review";
import { getReview } from "@/lib/data/scoreboard/get-review";
import { getScoreboardSettings } from "@/lib/data/scoreboard/get-scoreboard-settings";
import { listDoneFollowUps } from "@/lib/data/scoreboard/list-done-follow-ups";
import { listPriorDecisions } from "@/lib/data/scoreboard/list-prior-decisions";
import { queryDealsNow } from "@/lib/data/scoreboard/query-deals-now";
import { recordReviewDecision } from "@/lib/data/scoreboard/record-review-decision";
import { startReview } from "@/lib/data/scoreboard/start-review";
import { getStandard } from "@/lib/data/scoreboard/get-standard";
import { listMembers } from "@/lib/data/membership/list-members";
import { listStages } from "@/lib/data/pipeline/list-stages";
import { AppError } from "@/lib/errors";
import {
  CADENCE_DAYS,
  effectiveVersion,
  followUpsFor,
  reviewDecisionSchemaFor,
  reviewListFor,
  reviewTiming,
  startOfUtcDay,
  ZScoreboardFigures,
} from "@/lib/domain/scoreboard";
import { DAY_MS } from "@/lib/domain/pipeline";
import { currentScoreboardFigures } from "./current-figures";
import { readTogether } from "@/lib/data/tenant/read-together";

export const ZReviewRequest = z.object({
  orgSlug: z.string(),
  number: z.coerce.number().int().min(1).max(100_000),
});

export const ZStartReviewRequest = z.object({
  orgSlug: z.string(),
  /** Start even though the review is not due yet; recorded as early. */
  confirmEarly: z.boolean().default(false),
});

export const ZCloseReviewRequest = ZReviewRequest.extend({
  /** Close even though some deals have no decision; how many is recorded. */
  confirmUndecided: z.boolean().default(false),
});

export const ZDecisionRequest = ZReviewRequest.extend({
  externalId: z.string().min(1).max(200),
  decision: z.unknown(),
});

const actorOf = (ctx: OrgContext) => ({ userId: ctx.user.id, email: ctx.user.email });

const longDay = new Intl.DateTimeFormat("en-US", {
  weekday: "long",
  month: "long",
  day: "numeric",
  timeZone: "UTC",
});

/** The standard in effect: its number and the response hours its handoff protocol promises. */
export async function standardInEffect(organizationId: string) {
  const { versions, signatures } = await getStandard(organizationId);
  const effective = effectiveVersion(versions, signatures);
  return effective
    ? { number: effective.number, responseHours: effective.content.handoff.responseHours }
    : null;
}

/** The next review's number, due day and whether starting it now would be early. */
export async function nextReviewTiming(organizationId: string, now = new Date()) {
  const [settings, last] = await Promise.all([
    getScoreboardSettings(organizationId),
    getLatestReview(organizationId),
  ]);
  return reviewTiming({ cadence: settings.cadence, anchor: settings.anchorDate, last, now });
}

/**
 * Start a review now: the scoreboard's figures, the deals to decide on and the follow-ups of
 * earlier decisions are frozen with it, so later imports never change what this review saw.
 * Before its due day it starts only when the caller confirms, and is recorded as early.
 */
export async function startScoreboardReview(
  ctx: OrgContext,
  options: { confirmEarly?: boolean } = {},
  now = new Date(),
) {
  const organizationId = ctx.organization.id;
  const [standard, timing] = await Promise.all([
    standardInEffect(organizationId),
    nextReviewTiming(organizationId, now),
  ]);
  if (timing.early && !options.confirmEarly)
    throw new AppError(
      "CONFLICT",
      `Review ${timing.number} is due on ${longDay.format(timing.dueOn)}. Confirm to start it early.`,
    );
  const { figures, summary } = await currentScoreboardFigures(organizationId, {
    responseHours: standard?.responseHours ?? null,
  });
  const asOf = new Date(figures.asOf);
  const [candidates, priors, alreadyDone] = await Promise.all([
    reviewDealCandidates(organizationId, {
      asOf,
      stages: summary.stages,
      medianCycleDays: summary.deals.medianCycleDays,
    }),
    listPriorDecisions(organizationId),
    listDoneFollowUps(organizationId),
  ]);
  const dealsNow = await queryDealsNow(
    organizationId,
    [...new Set([...candidates, ...priors].map((d) => d.externalId))],
    asOf,
  );
  const stageLabel = (key: string | null) =>
    summary.stages.find((s) => s.key === key)?.label ?? key ?? "no stage";
  const reviewDate = startOfUtcDay(now);
  const list = reviewListFor(candidates, priors, dealsNow, stageLabel);
  return startReview({
    organizationId,
    number: timing.number,
    reviewDate,
    dueOn: timing.dueOn,
    startedEarly: timing.early,
    standardVersion: standard?.number ?? null,
    figures,
    deals: list.deals,
    heldOut: list.heldOut,
    followUps: followUpsFor(priors, dealsNow, { reviewDate, alreadyDone }),
    actor: actorOf(ctx),
  });
}

/** Record a decision on one deal of an open review, validated against the review's date. */
export async function decideReviewDeal(ctx: OrgContext, request: z.infer<typeof ZDecisionRequest>) {
  const { review } = await getReview(ctx.organization.id, request.number);
  const decision = reviewDecisionSchemaFor(review.reviewDate).parse(request.decision);
  return recordReviewDecision({
    organizationId: ctx.organization.id,
    number: request.number,
    externalId: request.externalId,
    decision:
      decision.kind === "ADVANCE"
        ? {
            kind: "ADVANCE",
            nextStep: decision.nextStep,
            owner: decision.owner,
            dueDate: new Date(`${decision.dueDate}T00:00:00Z`),
          }
        : { kind: "ELIMINATE", reason: decision.reason },
    actor: actorOf(ctx),
  });
}

/** Close a review; with deals still undecided only when the caller confirms. */
export function closeScoreboardReview(
  ctx: OrgContext,
  number: number,
  options: { confirmUndecided?: boolean } = {},
) {
  return closeReview(ctx.organization.id, number, actorOf(ctx), options);
}

/**
 * A review with its frozen figures read back, the previous review's for the change, and each
 * listed deal's decision at an earlier review (what the team said last time).
 */
async function readReview(organizationId: string, number: number) {
  const [{ review, previous }, members, settings, stages] = await Promise.all([
    getReview(organizationId, number),
    listMembers(organizationId),
    getScoreboardSettings(organizationId),
    listStages(organizationId),
  ]);
  const priors = await listPriorDecisions(organizationId, {
    beforeNumber: number,
    externalIds: review.deals.map((d) => d.externalId),
  });
  const figures = ZScoreboardFigures.safeParse(review.figures);
  if (!figures.success) throw new AppError("NOT_FOUND", "That review's figures are unreadable.");
  const before = previous ? ZScoreboardFigures.safeParse(previous.figures) : null;
  return {
    review,
    /** Display names of the members, for decision owners and who decided. */
    names: new Map(members.map((m) => [m.user.id, m.user.name ?? m.user.email])),
    figures: figures.data,
    previous: previous && before?.success ? { ...previous, figures: before.data } : null,
    priors: new Map(priors.map((p) => [p.externalId, p])),
    /** A stage's label from its key, for the deals and follow-ups, which carry only the key. */
    stageLabels: new Map(stages.map((s) => [s.key, s.label])),
    /** One cadence after this review: the default due date of a next step. */
    nextReviewDay: new Date(review.reviewDate.getTime() + CADENCE_DAYS[settings.cadence] * DAY_MS),
  };
}

/** The same, every read in one transaction (readTogether): one pooled connection per page. */
export function loadReview(organizationId: string, number: number) {
  return readTogether(organizationId, () => readReview(organizationId, number));
}

export type LoadedReview = Awaited<ReturnType<typeof loadReview>>;
