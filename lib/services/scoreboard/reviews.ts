import { z } from "zod";
import type { OrgContext } from "@/lib/auth/guard";
import { reviewDealCandidates } from "@/lib/data/scoreboard/review-deal-candidates";
import { closeReview } from "@/lib/data/scoreboard/close-review";
import { getReview } from "@/lib/data/scoreboard/get-review";
import { recordReviewDecision } from "@/lib/data/scoreboard/record-review-decision";
import { startReview } from "@/lib/data/scoreboard/start-review";
import { getStandard } from "@/lib/data/scoreboard/get-standard";
import { listMembers } from "@/lib/data/membership/list-members";
import { AppError } from "@/lib/errors";
import {
  effectiveVersion,
  reviewDecisionSchemaFor,
  startOfUtcDay,
  ZScoreboardFigures,
} from "@/lib/domain/scoreboard";
import { currentScoreboardFigures } from "./current-figures";
import { readTogether } from "@/lib/data/tenant/read-together";

export const ZReviewRequest = z.object({
  orgSlug: z.string(),
  number: z.coerce.number().int().min(1).max(100_000),
});

export const ZDecisionRequest = ZReviewRequest.extend({
  externalId: z.string().min(1).max(200),
  decision: z.unknown(),
});

const actorOf = (ctx: OrgContext) => ({ userId: ctx.user.id, email: ctx.user.email });

/** The standard in effect: its number and the response hours its handoff protocol promises. */
export async function standardInEffect(organizationId: string) {
  const { versions, signatures } = await getStandard(organizationId);
  const effective = effectiveVersion(versions, signatures);
  return effective
    ? { number: effective.number, responseHours: effective.content.handoff.responseHours }
    : null;
}

/**
 * Start a review now: the scoreboard's figures and the deals to decide on are frozen with it,
 * so later imports never change what this review saw.
 */
export async function startScoreboardReview(ctx: OrgContext, now = new Date()) {
  const organizationId = ctx.organization.id;
  const standard = await standardInEffect(organizationId);
  const { figures, summary } = await currentScoreboardFigures(organizationId, {
    responseHours: standard?.responseHours ?? null,
  });
  const deals = await reviewDealCandidates(organizationId, {
    asOf: new Date(figures.asOf),
    stages: summary.stages,
    medianCycleDays: summary.deals.medianCycleDays,
  });
  return startReview({
    organizationId,
    reviewDate: startOfUtcDay(now),
    standardVersion: standard?.number ?? null,
    figures,
    deals,
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

export function closeScoreboardReview(ctx: OrgContext, number: number) {
  return closeReview(ctx.organization.id, number, actorOf(ctx));
}

/** A review with its frozen figures read back, and the previous review's for the change. */
async function readReview(organizationId: string, number: number) {
  const [{ review, previous }, members] = await Promise.all([
    getReview(organizationId, number),
    listMembers(organizationId),
  ]);
  const figures = ZScoreboardFigures.safeParse(review.figures);
  if (!figures.success) throw new AppError("NOT_FOUND", "That review's figures are unreadable.");
  const before = previous ? ZScoreboardFigures.safeParse(previous.figures) : null;
  return {
    review,
    /** Display names of the members, for decision owners and who decided. */
    names: new Map(members.map((m) => [m.user.id, m.user.name ?? m.user.email])),
    figures: figures.data,
    previous: previous && before?.success ? { ...previous, figures: before.data } : null,
  };
}

/** The same, every read in one transaction (readTogether): one pooled connection per page. */
export function loadReview(organizationId: string, number: number) {
  return readTogether(organizationId, () => readReview(organizationId, number));
}
