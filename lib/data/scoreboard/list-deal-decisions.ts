import { withTenant } from "@/lib/db";

/**
 * One deal's record across reviews: every review that listed it (with the decision taken, if
 * any) and every review that checked an earlier decision's follow-up, oldest review first.
 */
export async function listDealDecisions(organizationId: string, externalId: string) {
  return withTenant(organizationId, async (tx) => {
    const [listed, followUps] = await Promise.all([
      tx.reviewDeal.findMany({
        where: { organizationId, externalId },
        select: {
          reason: true,
          reasonText: true,
          decision: true,
          nextStep: true,
          decisionOwner: true,
          dueDate: true,
          eliminationReason: true,
          decidedAt: true,
          decidedById: true,
          review: { select: { number: true, reviewDate: true, status: true } },
        },
      }),
      tx.reviewFollowUp.findMany({
        where: { organizationId, externalId },
        select: {
          fromReviewNumber: true,
          status: true,
          nextStep: true,
          dueDate: true,
          stageAtDecision: true,
          stageNow: true,
          dealStatus: true,
          review: { select: { number: true, reviewDate: true } },
        },
      }),
    ]);
    return {
      listed: listed.sort((a, b) => a.review.number - b.review.number),
      followUps: followUps.sort((a, b) => a.review.number - b.review.number),
    };
  });
}

export type DealDecisions = Awaited<ReturnType<typeof listDealDecisions>>;
