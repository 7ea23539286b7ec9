import { withTenant } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { DiagnosticResult } from "@/lib/domain/diagnostic";
import type { TDiagnosticContext } from "@/lib/domain/diagnostic/context";
import { resultLinkToken } from "./result-link-token";

export type CreateDiagnosticAssessmentOptions = {
  organizationId: string;
  submissionId: string;
  answers: Record<string, string>;
  result: DiagnosticResult;
  context: TDiagnosticContext;
  /** The pricing method the result will be priced with. */
  pricingVersion: string;
  startedAt?: Date;
};

function sameAnswers(a: Record<string, string>, b: Record<string, string>) {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * Store one diagnostic. Idempotent on (organization, submissionId): a double click or a retry of
 * the same submission returns the assessment stored the first time, with the same private link.
 * Reusing a submission id with different answers is a conflict, never an overwrite. Only the
 * link's hash is stored; the link itself is returned to the caller and nowhere kept.
 */
export async function createDiagnosticAssessment(
  options: CreateDiagnosticAssessmentOptions,
): Promise<{ id: string; accessToken: string; created: boolean }> {
  const { organizationId, submissionId, answers, result, context, pricingVersion, startedAt } =
    options;
  const link = resultLinkToken(organizationId, submissionId);
  try {
    const row = await withTenant(organizationId, (tx) =>
      tx.diagnosticAssessment.create({
        data: {
          organizationId,
          submissionId,
          accessTokenHash: link.tokenHash,
          bankVersion: result.version,
          answers,
          scores: result.fractures,
          primary: result.primary,
          role: context.role ?? null,
          revenueBand: context.revenueBand ?? null,
          vertical: context.vertical ?? null,
          averageDealSize: context.averageDealSize ?? null,
          winRatePercent: context.winRatePercent ?? null,
          pricingVersion,
          email: context.email ?? null,
          startedAt: startedAt ?? null,
        },
        select: { id: true },
      }),
    );
    return { id: row.id, accessToken: link.token, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A new transaction: the failed insert ended the first one.
    const existing = await withTenant(organizationId, async (tx) => {
      const row = await tx.diagnosticAssessment.findUnique({
        where: { organizationId_submissionId: { organizationId, submissionId } },
        select: { id: true, accessTokenHash: true, answers: true },
      });
      if (!row) return null;
      if (!sameAnswers(row.answers as Record<string, string>, answers)) {
        throw new AppError(
          "CONFLICT",
          "This submission was already recorded with different answers.",
        );
      }
      // A result whose link was made otherwise (random, before links were derived, or under an
      // earlier secret) cannot have it given back: the retry moves it to the derived link.
      if (row.accessTokenHash !== link.tokenHash) {
        await tx.diagnosticAssessment.update({
          where: { id: row.id },
          data: { accessTokenHash: link.tokenHash },
        });
      }
      return row;
    });
    if (!existing) throw error;
    return { id: existing.id, accessToken: link.token, created: false };
  }
}
