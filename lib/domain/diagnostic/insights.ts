import type { AnswerChange } from "./answer-changes";
import { driversFor, type Driver } from "./drivers";
import { rank, repairPlan, startHere, type StartHere } from "./rank";
import { answersSchemaFor } from "./score";
import type { DiagnosticBank, DiagnosticResult, FractureScore } from "./types";
import { whatWouldChange, type ChangeInsight } from "./what-would-change";

export type { AnswerChange, ChangeInsight, Driver, StartHere };

export type ResultInsights = {
  /** Costliest first; ties go upstream. */
  ranked: FractureScore[];
  /** Fractures at or above the threshold, in the order to repair them. */
  repairPlan: FractureScore[];
  /** Where to start: the first step of the repair plan, with why when it is not the costliest. */
  startHere: StartHere | null;
  /** The answers adding most to the primary fracture, biggest first. Empty without a primary. */
  drivers: Driver[];
  whatWouldChange: ChangeInsight[];
};

/**
 * What the result page says beyond the scores. Works for any bank version, so a stored result is
 * explained with the questions it was answered on. Throws a ZodError if the answers do not fit
 * the bank, and an Error if the result belongs to another bank.
 */
export function explainResult(
  bank: DiagnosticBank,
  answers: Record<string, string>,
  result: DiagnosticResult,
): ResultInsights {
  if (result.version !== bank.version) {
    throw new Error(
      `Result is from question bank "${result.version}" but bank "${bank.version}" was given.`,
    );
  }
  const valid = answersSchemaFor(bank).parse(answers);
  return {
    ranked: rank(result.fractures),
    repairPlan: repairPlan(result.fractures),
    startHere: startHere(result.fractures),
    drivers: result.primary ? driversFor(bank, valid, result.primary) : [],
    whatWouldChange: whatWouldChange(bank, valid, result),
  };
}
