import { z } from "zod";
import { FRACTURES, type FractureKey, type FractureScore } from "@/lib/domain/diagnostic";

/**
 * The free diagnostic a Snapshot was bought after, as copied onto the Snapshot: one person's
 * answers, scored on the diagnostic's own question set. Context for the Snapshot, never its
 * answers: the two question sets share no question.
 */
export type AttachedDiagnostic = {
  takenAt: Date;
  bankVersion: string;
  pricingVersion: string | null;
  revenueBand: string | null;
  /** The taker's role as they gave it (`ceo`, `sales`…), or null. */
  role: string | null;
  /** The costliest fracture it named; null when every score was under the threshold. */
  primary: FractureKey | null;
  /** In chain order, 0–100, higher leaks more. */
  scores: FractureScore[];
};

/** The columns of a Snapshot that hold the copy. */
export type AttachedDiagnosticColumns = {
  diagnosticTakenAt: Date | null;
  diagnosticBankVersion: string | null;
  diagnosticPricingVersion: string | null;
  diagnosticRevenueBand: string | null;
  diagnosticRole: string | null;
  diagnosticPrimary: FractureKey | null;
  diagnosticScores: unknown;
};

/** Exactly one score per fracture, each a whole number from 0 to 100. */
export const ZAttachedScores = z
  .array(z.object({ key: z.enum(FRACTURES), score: z.number().int().min(0).max(100) }))
  .refine(
    (scores) => FRACTURES.every((key) => scores.filter((s) => s.key === key).length === 1),
    "A diagnostic has exactly one score per fracture.",
  )
  .transform((scores) => FRACTURES.map((key) => scores.find((s) => s.key === key)!));

/** The attached diagnostic of a Snapshot row, or null when none was attached. */
export function attachedDiagnosticOf(row: AttachedDiagnosticColumns): AttachedDiagnostic | null {
  if (!row.diagnosticTakenAt || !row.diagnosticBankVersion) return null;
  return {
    takenAt: row.diagnosticTakenAt,
    bankVersion: row.diagnosticBankVersion,
    pricingVersion: row.diagnosticPricingVersion,
    revenueBand: row.diagnosticRevenueBand,
    role: row.diagnosticRole,
    primary: row.diagnosticPrimary,
    scores: ZAttachedScores.parse(row.diagnosticScores),
  };
}

/** The same, as the columns to write when the Snapshot is made. */
export function attachedDiagnosticColumns(diagnostic: AttachedDiagnostic) {
  return {
    diagnosticTakenAt: diagnostic.takenAt,
    diagnosticBankVersion: diagnostic.bankVersion,
    diagnosticPricingVersion: diagnostic.pricingVersion,
    diagnosticRevenueBand: diagnostic.revenueBand,
    diagnosticRole: diagnostic.role,
    diagnosticPrimary: diagnostic.primary,
    diagnosticScores: ZAttachedScores.parse(diagnostic.scores),
  };
}
