import { withTenant } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";
import type { ReviewDealCandidate } from "./review-deal-candidates";

/**
 * Start the next review: its figures and its list of deals are stored as they are now, so later
 * imports never change it. One review is open at a time.
 */
export async function startReview(options: {
  organizationId: string;
  reviewDate: Date;
  standardVersion: number | null;
  figures: Prisma.InputJsonValue;
  deals: ReviewDealCandidate[];
  actor: AuditActor;
}) {
  const { organizationId, reviewDate, standardVersion, figures, deals, actor } = options;
  try {
    return await withTenant(organizationId, async (tx) => {
      const open = await tx.scoreboardReview.findFirst({
        where: { organizationId, status: "OPEN" },
        select: { number: true },
      });
      if (open)
        throw new AppError(
          "CONFLICT",
          `Review ${open.number} is still open. Close it before starting the next one.`,
        );
      const last = await tx.scoreboardReview.findFirst({
        where: { organizationId },
        orderBy: { number: "desc" },
        select: { number: true },
      });
      const review = await tx.scoreboardReview.create({
        data: {
          organizationId,
          number: (last?.number ?? 0) + 1,
          reviewDate,
          standardVersion,
          figures,
          startedById: actor.userId,
        },
        select: { id: true, number: true },
      });
      if (deals.length > 0) {
        await tx.reviewDeal.createMany({
          data: deals.map((d) => ({ organizationId, reviewId: review.id, ...d })),
        });
      }
      await recordAuditEvent(tx, {
        organizationId,
        actor,
        action: "scoreboard.review_started",
        targetType: "review",
        targetId: review.id,
        details: { number: review.number, deals: deals.length },
      });
      return review;
    });
  } catch (error) {
    // Two people starting the same review at once: the second finds the number taken.
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", "A review was just started by someone else.");
    throw error;
  }
}

/** Close the open review: its decisions are then part of the record and no longer change. */
export async function closeReview(organizationId: string, number: number, actor: AuditActor) {
  return withTenant(organizationId, async (tx) => {
    const closed = await tx.scoreboardReview.updateMany({
      where: { organizationId, number, status: "OPEN" },
      data: { status: "CLOSED", closedAt: new Date(), closedById: actor.userId },
    });
    if (closed.count === 0) throw new AppError("NOT_FOUND", "No open review with that number.");
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: "scoreboard.review_closed",
      targetType: "review",
      details: { number },
    });
  });
}

const reviewSelect = {
  id: true,
  number: true,
  reviewDate: true,
  status: true,
  standardVersion: true,
  figures: true,
  startedAt: true,
  closedAt: true,
} as const;

/** Every review, newest first, with its frozen figures (for the history charts). */
export async function listReviews(organizationId: string) {
  return withTenant(organizationId, (tx) =>
    tx.scoreboardReview.findMany({
      where: { organizationId },
      orderBy: { number: "desc" },
      select: {
        ...reviewSelect,
        _count: { select: { deals: true } },
      },
    }),
  );
}

/** One review with its deals and decisions, and the review before it; NOT_FOUND otherwise. */
export async function getReview(organizationId: string, number: number) {
  return withTenant(organizationId, async (tx) => {
    const review = await tx.scoreboardReview.findFirst({
      where: { organizationId, number },
      select: {
        ...reviewSelect,
        deals: { orderBy: [{ reason: "asc" }, { daysInStage: "desc" }] },
      },
    });
    if (!review) throw new AppError("NOT_FOUND", "That review was not found.");
    const previous = await tx.scoreboardReview.findFirst({
      where: { organizationId, number: { lt: number } },
      orderBy: { number: "desc" },
      select: { number: true, figures: true, reviewDate: true },
    });
    return { review, previous };
  });
}

export type ReviewView = Awaited<ReturnType<typeof getReview>>;

/** Record (or change) the decision on one deal of an open review. */
export async function recordReviewDecision(options: {
  organizationId: string;
  number: number;
  externalId: string;
  decision:
    | { kind: "ADVANCE"; nextStep: string; owner: string; dueDate: Date }
    | { kind: "ELIMINATE"; reason: string };
  actor: AuditActor;
}) {
  const { organizationId, number, externalId, decision, actor } = options;
  return withTenant(organizationId, async (tx) => {
    const review = await tx.scoreboardReview.findFirst({
      where: { organizationId, number },
      select: { id: true, status: true },
    });
    if (!review) throw new AppError("NOT_FOUND", "That review was not found.");
    if (review.status !== "OPEN")
      throw new AppError("CONFLICT", "This review is closed; its decisions are on the record.");
    const changed = await tx.reviewDeal.updateMany({
      where: { organizationId, reviewId: review.id, externalId },
      data:
        decision.kind === "ADVANCE"
          ? {
              decision: "ADVANCE",
              nextStep: decision.nextStep,
              decisionOwner: decision.owner,
              dueDate: decision.dueDate,
              eliminationReason: null,
              decidedById: actor.userId,
              decidedAt: new Date(),
            }
          : {
              decision: "ELIMINATE",
              eliminationReason: decision.reason,
              nextStep: null,
              decisionOwner: null,
              dueDate: null,
              decidedById: actor.userId,
              decidedAt: new Date(),
            },
    });
    if (changed.count === 0) throw new AppError("NOT_FOUND", "That deal is not on this review.");
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: "scoreboard.decision_recorded",
      targetType: "review",
      targetId: review.id,
      details: { number, externalId, ...decision },
    });
  });
}
