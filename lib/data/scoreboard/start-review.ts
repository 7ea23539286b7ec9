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
