import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

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
    const deal = await tx.reviewDeal.findUnique({
      where: {
        organizationId_reviewId_externalId: { organizationId, reviewId: review.id, externalId },
      },
      select: { name: true },
    });
    if (!deal) throw new AppError("NOT_FOUND", "That deal is not on this review.");
    await tx.reviewDeal.update({
      where: {
        organizationId_reviewId_externalId: { organizationId, reviewId: review.id, externalId },
      },
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
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: "scoreboard.decision_recorded",
      targetType: "review",
      targetId: review.id,
      // The deal's name as the review listed it, so the log reads in words without a lookup.
      details: { number, externalId, dealName: deal.name, ...decision },
    });
  });
}
