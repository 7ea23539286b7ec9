import type { OrgContext } from "@/lib/auth/guard";
import { toCsv } from "@/lib/csv/to-csv";
import { loadReview } from "./reviews";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export const REVIEW_DECISIONS_HEADER = [
  "CRM record id",
  "Deal",
  "Deal owner",
  "Amount",
  "Stage",
  "Listed because",
  "Decision",
  "Next step",
  "Step owner",
  "Due date",
  "Elimination reason",
  "Decided by",
  "Decided at (UTC)",
  "Review",
  "Meeting day",
  "Data as of",
];

/**
 * Every decided deal of one review, one row each, in the order the review lists them: what the
 * CRM admin needs to apply it (the record id, the decision, the step, its owner and due date).
 * Dates are plain YYYY-MM-DD; the meeting day and the data's own date are both given.
 */
export async function reviewDecisionsCsv(ctx: OrgContext, number: number): Promise<string> {
  const { review, figures, names, stageLabels } = await loadReview(ctx.organization.id, number);
  const rows = review.deals
    .filter((d) => d.decision)
    .map((d) => [
      d.externalId,
      d.name,
      d.owner,
      d.amount === null ? null : Number(d.amount),
      d.stageKey ? (stageLabels.get(d.stageKey) ?? d.stageKey) : null,
      d.reasonText,
      d.decision === "ADVANCE" ? "Advance" : "Eliminate",
      d.nextStep,
      d.decisionOwner,
      day(d.dueDate),
      d.eliminationReason,
      d.decidedById ? (names.get(d.decidedById) ?? "A former member") : null,
      d.decidedAt ? d.decidedAt.toISOString().slice(0, 16).replace("T", " ") : null,
      review.number,
      day(review.reviewDate),
      figures.asOf.slice(0, 10),
    ]);
  return toCsv(REVIEW_DECISIONS_HEADER, rows);
}
