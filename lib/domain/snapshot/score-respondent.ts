import { FRACTURES, primaryOf } from "@/lib/domain/diagnostic";
import { responseSchemaFor } from "./response-schema";
import type { RespondentScore, SnapshotBank, SnapshotRespondent } from "./types";

/**
 * The leak (0–1) of each answer, by question id. Throws a ZodError when the answers do not fit
 * the bank, so no score is ever computed from a partial response.
 */
export function answerLeaks(
  bank: SnapshotBank,
  respondent: SnapshotRespondent,
): Map<string, number> {
  const { answers } = responseSchemaFor(bank).parse({
    answers: respondent.answers,
    evidence: respondent.evidence,
  });
  return new Map(
    bank.questions.map((q) => [q.id, q.options.find((o) => o.id === answers[q.id])!.leak]),
  );
}

/** Score 0–100 per fracture for one leader: the weighted mean leak of the answers that measure it. */
export function scoreRespondent(
  bank: SnapshotBank,
  respondent: SnapshotRespondent,
): RespondentScore {
  const leaks = answerLeaks(bank, respondent);
  const fractures = FRACTURES.map((key) => {
    let weighted = 0;
    let total = 0;
    for (const question of bank.questions) {
      const weight = question.weights[key] ?? 0;
      if (weight === 0) continue;
      weighted += weight * leaks.get(question.id)!;
      total += weight;
    }
    return { key, score: total === 0 ? 0 : Math.round((100 * weighted) / total) };
  });
  return { role: respondent.role, fractures, primary: primaryOf(fractures) };
}
