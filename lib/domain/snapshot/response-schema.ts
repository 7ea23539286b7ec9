import { z } from "zod";
import type { SnapshotBank, SnapshotResponse } from "./types";

export const EVIDENCE_MAX_LENGTH = 1000;

const schemaCache = new WeakMap<SnapshotBank, z.ZodType<SnapshotResponse>>();

/**
 * One leader's response: exactly the bank's questions, each answered with one of its own
 * options, plus optional evidence notes keyed by question id. Notes are trimmed and empty ones
 * dropped, since an untouched text box sends "". Issues carry the question id in their path.
 */
export function responseSchemaFor(bank: SnapshotBank): z.ZodType<SnapshotResponse> {
  const cached = schemaCache.get(bank);
  if (cached) return cached;
  const answerShape = Object.fromEntries(
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
  const note = z
    .string({ error: "An evidence note must be text." })
    .trim()
    .max(EVIDENCE_MAX_LENGTH, `Keep each evidence note under ${EVIDENCE_MAX_LENGTH} characters.`)
    .optional();
  const evidenceShape = Object.fromEntries(bank.questions.map((q) => [q.id, note]));

  // The object-level message must tell "not an object" apart from "an extra question", since
  // one error option covers both issues.
  const strict = (shape: Record<string, z.ZodType>, notAnObject: string) =>
    z.strictObject(shape, {
      error: (issue) =>
        issue.code === "unrecognized_keys"
          ? `Not part of this Snapshot: ${issue.keys.join(", ")}.`
          : notAnObject,
    });

  const schema = z
    .object({
      answers: strict(answerShape, "Answers must map each question id to an option id."),
      evidence: strict(evidenceShape, "Evidence must map each question id to a note.").optional(),
    })
    .transform(({ answers, evidence }) => ({
      answers: answers as Record<string, string>,
      evidence: Object.fromEntries(
        Object.entries(evidence ?? {}).filter(
          (entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "",
        ),
      ),
    }));
  schemaCache.set(bank, schema);
  return schema;
}
