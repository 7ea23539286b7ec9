import { z } from "zod";

/** The four tests every qualified opportunity passes, whatever its segment or size. */
export type QualificationCriteria = {
  budget: string;
  authority: string;
  problem: string;
  timeline: string;
};

/** A stricter or looser bar for part of the business; the four tests stay the same. */
export type QualificationThreshold = {
  /** Who the rule is for: "Enterprise segment", "EMEA", "Deals over $100k". */
  appliesTo: string;
  rule: string;
};

/** How a lead passes from marketing to sales, and what happens when sales says no. */
export type HandoffProtocol = {
  /** What marketing must know before the lead is passed. */
  requiredBeforeHandoff: string[];
  /** Hours sales has to accept or reject a lead it has been passed. */
  responseHours: number;
  onRejection: string;
  recycling: string;
};

/** The written definition both leads sign: what counts as qualified, and how it is handed over. */
export type QualificationStandard = {
  criteria: QualificationCriteria;
  thresholds: QualificationThreshold[];
  handoff: HandoffProtocol;
};

export const STANDARD_LIMITS = {
  criterionLength: 600,
  appliesToLength: 80,
  ruleLength: 300,
  maxThresholds: 12,
  requirementLength: 200,
  maxRequirements: 12,
  paragraphLength: 1000,
  minResponseHours: 1,
  /** Thirty days: beyond that a lead is not being handed over, it is being parked. */
  maxResponseHours: 720,
} as const;

const L = STANDARD_LIMITS;

function text(what: string, max: number) {
  return z
    .string({ error: `${what} must be text.` })
    .trim()
    .min(1, `${what} cannot be empty.`)
    .max(max, `Keep ${what.toLowerCase()} under ${max} characters.`);
}

/** A field the user never filled in: an empty form row is dropped rather than reported. */
const blank = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

const ZThreshold = z.object(
  {
    appliesTo: text("Who a threshold applies to", L.appliesToLength),
    rule: text("A threshold's rule", L.ruleLength),
  },
  { error: "Each threshold needs who it applies to and its rule." },
);

/** Accepts "48" as well as 48, since a form field sends text. */
const ZResponseHours = z.coerce
  .number({ error: "Give the response time as a number of hours." })
  .int("Give the response time in whole hours.")
  .min(L.minResponseHours, `Sales needs at least ${L.minResponseHours} hour to respond.`)
  .max(L.maxResponseHours, `Keep the response time within ${L.maxResponseHours} hours (30 days).`);

export const ZQualificationStandard: z.ZodType<QualificationStandard> = z.object({
  criteria: z.object(
    {
      budget: text("The budget test", L.criterionLength),
      authority: text("The authority test", L.criterionLength),
      problem: text("The problem test", L.criterionLength),
      timeline: text("The timeline test", L.criterionLength),
    },
    { error: "The standard needs its four tests: budget, authority, problem and timeline." },
  ),
  // Rows left entirely blank in the form are dropped before counting.
  thresholds: z
    .array(z.unknown(), { error: "Thresholds must be a list." })
    .transform((rows) =>
      rows.filter(
        (row) =>
          !(
            typeof row === "object" &&
            row !== null &&
            blank((row as Record<string, unknown>).appliesTo) &&
            blank((row as Record<string, unknown>).rule)
          ),
      ),
    )
    .pipe(
      z.array(ZThreshold).max(L.maxThresholds, `Keep to at most ${L.maxThresholds} thresholds.`),
    )
    .default([]),
  handoff: z.object(
    {
      requiredBeforeHandoff: z
        .array(z.unknown(), { error: "What must be known before handoff must be a list." })
        .transform((items) => items.filter((item) => !blank(item)))
        .pipe(
          z
            .array(text("Each handoff requirement", L.requirementLength))
            .min(1, "Name at least one thing marketing must know before passing a lead.")
            .max(L.maxRequirements, `Keep to at most ${L.maxRequirements} handoff requirements.`),
        ),
      responseHours: ZResponseHours,
      onRejection: text("What happens on rejection", L.paragraphLength),
      recycling: text("How rejected leads are recycled", L.paragraphLength),
    },
    { error: "The standard needs its handoff protocol." },
  ),
});
