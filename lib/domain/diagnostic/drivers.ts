import type { FractureKey } from "./fractures";
import type { DiagnosticBank } from "./types";

export type Driver = {
  questionId: string;
  prompt: string;
  optionId: string;
  optionLabel: string;
  /** Points this answer adds to the primary fracture's score (before rounding the total). */
  points: number;
};

const MAX_DRIVERS = 3;

/** The answers adding most to fracture `key`'s score, biggest first. */
export function driversFor(
  bank: DiagnosticBank,
  answers: Record<string, string>,
  key: FractureKey,
): Driver[] {
  const total = bank.questions.reduce((sum, q) => sum + (q.weights[key] ?? 0), 0);
  if (total === 0) return [];
  return bank.questions
    .flatMap((q) => {
      const weight = q.weights[key] ?? 0;
      const option = q.options.find((o) => o.id === answers[q.id]);
      if (!weight || !option || option.leak === 0) return [];
      const points = Math.round((100 * weight * option.leak) / total);
      return [
        {
          questionId: q.id,
          prompt: q.prompt,
          optionId: option.id,
          optionLabel: option.label,
          points,
        },
      ];
    })
    .sort((a, b) => b.points - a.points)
    .slice(0, MAX_DRIVERS);
}
