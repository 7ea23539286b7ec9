import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

/** Deals named in the confirmation before closing; the count covers them all. */
const NAMED = 12;

/**
 * Close the open review: its decisions are then part of the record and no longer change. Deals
 * left undecided are listed and need `confirmUndecided`; how many there were is kept.
 */
export async function closeReview(
  organizationId: string,
  number: number,
  actor: AuditActor,
  options: { confirmUndecided?: boolean } = {},
) {
  return withTenant(organizationId, async (tx) => {
    const review = await tx.scoreboardReview.findFirst({
      where: { organizationId, number, status: "OPEN" },
      select: { id: true },
    });
    if (!review) throw new AppError("NOT_FOUND", "No open review with that number.");
    const undecided = await tx.reviewDeal.findMany({
      where: { organizationId, reviewId: review.id, decision: null },
      orderBy: [{ amount: { sort: "desc", nulls: "last" } }, { name: "asc" }],
      select: { name: true },
    });
    if (undecided.length > 0 && !options.confirmUndecided) {
      const names = undecided.slice(0, NAMED).map((d) => d.name);
      const more = undecided.length - names.length;
      throw new AppError(
        "CONFLICT",
        `${undecided.length} ${undecided.length === 1 ? "deal has" : "deals have"} no decision: ${names.join(", ")}${more > 0 ? ` and ${more} more` : ""}. Confirm to close the review with ${undecided.length === 1 ? "it" : "them"} undecided.`,
      );
    }
    await tx.scoreboardReview.update({
      where: { organizationId_id: { organizationId, id: review.id } },
      data: {
        status: "CLOSED",
        closedAt: new Date(),
        closedById: actor.userId,
        closedUndecided: undecided.length,
      },
    });
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: "scoreboard.review_closed",
      targetType: "review",
      targetId: review.id,
      details: { number, undecided: undecided.length },
    });
  });
}
