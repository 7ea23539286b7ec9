import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

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
