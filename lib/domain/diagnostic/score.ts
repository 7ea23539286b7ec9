import { z } from "zod";
import { CURRENT_DIAGNOSTIC_VERSION, getDiagnosticBank } from "./banks";
import { FRACTURES, type FractureKey } from "./fractures";
import type { DiagnosticBank, DiagnosticResult, FractureScore } from "./types";

/** Below this score no fracture is named as the costliest: the chain is holding. */
export const PRIMARY_THRESHOLD = 25;

const schemaCache = new WeakMap<DiagnosticBank, z.ZodType<Record<string, string>>>();

/**
 * Exactly the bank's questions, each answered with one of its own options. Missing, extra and
 * unknown answers are all rejected, each with the question id as the issue's path.
 */
export function answersSchemaFor(bank: DiagnosticBank): z.ZodType<Record<string, string>> {
  const cached = schemaCache.get(bank);
  if (cached) return cached;
  const shape = Object.fromEntries(
    bank.questions.map((q) => [
      q.id,
      z.enum(q.options.map((o) => o.id) as [string, ...string[]], {
        error: (issue) =>
          issue.input === undefined
            ? "This question has not been answered."
            : "That is not one of the options.",
      }),
    ]),
  );
  // The object-level message must tell "not an object" apart from "an extra question", since
  // one error option covers both issues.
  const schema = z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `Not part of this diagnostic: ${issue.keys.join(", ")}.`
        : "Answers must map each question id to an option id.",
  });
  schemaCache.set(bank, schema);
  return schema;
}

/** The costliest fracture: highest score, ties going upstream; null when all are below threshold. */
export function primaryOf(fractures: FractureScore[]): FractureKey | null {
  let best: FractureScore | null = null;
  for (const key of FRACTURES) {
    const entry = fractures.find((f) => f.key === key);
    if (entry && (best === null || entry.score > best.score)) best = entry;
  }
  return best && best.score >= PRIMARY_THRESHOLD ? best.key : null;
}

/** Score 0–100 per fracture: the weighted mean leak of the answers that measure it. */
export function scoreWithBank(
  bank: DiagnosticBank,
  answers: Record<string, string>,
): DiagnosticResult {
  const valid = answersSchemaFor(bank).parse(answers);
  const fractures = FRACTURES.map((key) => {
    let weighted = 0;
    let total = 0;
    for (const question of bank.questions) {
      const weight = question.weights[key] ?? 0;
      if (weight === 0) continue;
      const option = question.options.find((o) => o.id === valid[question.id])!;
      weighted += weight * option.leak;
      total += weight;
    }
    return { key, score: total === 0 ? 0 : Math.round((100 * weighted) / total) };
  });
  return { version: bank.version, fractures, primary: primaryOf(fractures) };
}

/** Score answers against the current question bank. Throws a ZodError on incomplete or unknown answers. */
export function scoreDiagnostic(answers: Record<string, string>): DiagnosticResult {
  return scoreWithBank(getDiagnosticBank(CURRENT_DIAGNOSTIC_VERSION), answers);
}
