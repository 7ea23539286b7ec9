import { withTenant } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FollowUp, ReviewCandidate } from "@/lib/domain/scoreboard";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

/**
 * Start the next review: its figures, its list of deals and the follow-ups of earlier decisions
 * are stored as they are now, so later imports never change it. One review is open at a time.
 */
export async function startReview(options: {
  organizationId: string;
  number: number;
  reviewDate: Date;
  dueOn: Date;
  startedEarly: boolean;
  standardVersion: number | null;
  figures: Prisma.InputJsonValue;
  deals: ReviewCandidate[];
  heldOut: number;
  followUps: FollowUp[];
  actor: AuditActor;
}) {
  const { organizationId, number, reviewDate, dueOn, startedEarly, deals, followUps, actor } =
    options;
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
      // The caller judged the cadence and the carried decisions against the review before this
      // number; a review started meanwhile makes that judgement stale.
      if ((last?.number ?? 0) + 1 !== number)
        throw new AppError("CONFLICT", "A review was just started by someone else.");
      const review = await tx.scoreboardReview.create({
        data: {
          organizationId,
          number,
          reviewDate,
          dueOn,
          startedEarly,
          heldOut: options.heldOut,
          standardVersion: options.standardVersion,
          figures: options.figures,
          startedById: actor.userId,
        },
        select: { id: true, number: true },
      });
      if (deals.length > 0) {
        await tx.reviewDeal.createMany({
          data: deals.map((d) => ({ organizationId, reviewId: review.id, ...d })),
        });
      }
      if (followUps.length > 0) {
        await tx.reviewFollowUp.createMany({
          data: followUps.map((f) => ({ organizationId, reviewId: review.id, ...f })),
        });
      }
      await recordAuditEvent(tx, {
        organizationId,
        actor,
        action: "scoreboard.review_started",
        targetType: "review",
        targetId: review.id,
        details: {
          number: review.number,
          deals: deals.length,
          heldOut: options.heldOut,
          followUps: followUps.length,
          dueOn: dueOn.toISOString().slice(0, 10),
          early: startedEarly,
        },
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
