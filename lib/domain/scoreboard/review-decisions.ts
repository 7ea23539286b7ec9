import { z } from "zod";

export const DECISION_LIMITS = {
  minText: 3,
  nextStepLength: 300,
  ownerLength: 120,
  reasonLength: 300,
} as const;

const L = DECISION_LIMITS;

export type AdvanceDecision = { nextStep: string; owner: string; dueDate: string };

export type EliminateDecision = { reason: string };

export type ReviewDecision =
  ({ kind: "ADVANCE" } & AdvanceDecision) | ({ kind: "ELIMINATE" } & EliminateDecision);

/** "YYYY-MM-DD" of the UTC day the instant falls on. */
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Keeping a deal means saying what happens next, who does it and by when. The due date is a
 * calendar day counted from the meeting (not from the data's own date), as a date field sends it,
 * and falls after the review that set it: a step due the same day is not a step for the next
 * review to check.
 */
export function advanceDecisionSchemaFor(reviewDate: Date) {
  const reviewDay = isoDay(reviewDate);
  return z.object({
    nextStep: z
      .string({ error: "Say what the next step is." })
      .trim()
      .min(L.minText, "Say what the next step is.")
      .max(L.nextStepLength, `Keep the next step under ${L.nextStepLength} characters.`),
    owner: z
      .string({ error: "Name who owns the next step." })
      .trim()
      .min(1, "Name who owns the next step.")
      .max(L.ownerLength, `Keep the owner under ${L.ownerLength} characters.`),
    dueDate: z.iso
      // Stop at a malformed date, so it is not also reported as too early.
      .date({ error: "Give the due date as a date.", abort: true })
      .refine((day) => day > reviewDay, "The due date must be after the review day."),
  }) satisfies z.ZodType<AdvanceDecision>;
}

/** Dropping a deal means saying why, so the reason can be counted across reviews. */
export const ZEliminateDecision = z.object({
  reason: z
    .string({ error: "Say why the deal is eliminated." })
    .trim()
    .min(L.minText, "Say why the deal is eliminated.")
    .max(L.reasonLength, `Keep the reason under ${L.reasonLength} characters.`),
}) satisfies z.ZodType<EliminateDecision>;

/** Either decision, told apart by `kind`, as one form posts it. */
export function reviewDecisionSchemaFor(reviewDate: Date) {
  return z.discriminatedUnion(
    "kind",
    [
      advanceDecisionSchemaFor(reviewDate).extend({ kind: z.literal("ADVANCE") }),
      ZEliminateDecision.extend({ kind: z.literal("ELIMINATE") }),
    ],
    { error: "Choose to advance or to eliminate the deal." },
  ) satisfies z.ZodType<ReviewDecision>;
}
