import type { FractureKey } from "./fractures";
import { scoreWithBank } from "./score";
import type { DiagnosticBank, DiagnosticQuestion, FractureScore } from "./types";

/** One answer swapped for another option of the same question, and what re-scoring gives. */
export type AnswerChange = {
  questionId: string;
  prompt: string;
  fromOptionId: string;
  fromLabel: string;
  optionId: string;
  optionLabel: string;
  /** How many options away from the given answer (1 = the neighbouring option). */
  steps: number;
  /** Every fracture's score after the change, in chain order. */
  fractures: FractureScore[];
  newPrimary: FractureKey | null;
};

/**
 * Re-scores the answers with one question's answer moved `direction` options at a time (-1
 * towards healthy, +1 towards broken), nearest option first, so the first hit is the smallest
 * change that does the job.
 */
export function* alternatives(
  bank: DiagnosticBank,
  answers: Record<string, string>,
  question: DiagnosticQuestion,
  direction: -1 | 1,
): Generator<AnswerChange> {
  const from = question.options.findIndex((o) => o.id === answers[question.id]);
  const current = question.options[from];
  if (!current) return;
  for (let i = from + direction; i >= 0 && i < question.options.length; i += direction) {
    const option = question.options[i]!;
    const changed = scoreWithBank(bank, { ...answers, [question.id]: option.id });
    yield {
      questionId: question.id,
      prompt: question.prompt,
      fromOptionId: current.id,
      fromLabel: current.label,
      optionId: option.id,
      optionLabel: option.label,
      steps: Math.abs(i - from),
      fractures: changed.fractures,
      newPrimary: changed.primary,
    };
  }
}

/** The smallest change first; among equals the earliest question, which keeps output stable. */
export function smallest(changes: AnswerChange[]): AnswerChange | undefined {
  return [...changes].sort((a, b) => a.steps - b.steps)[0];
}
