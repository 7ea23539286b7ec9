import { randomBytes } from "node:crypto";
import { withTenant } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { DiagnosticResult } from "@/lib/domain/diagnostic";
import type { TDiagnosticContext } from "@/lib/domain/diagnostic/context";

export type CreateDiagnosticAssessmentOptions = {
  organizationId: string;
  submissionId: string;
  answers: Record<string, string>;
  result: DiagnosticResult;
  context: TDiagnosticContext;
  startedAt?: Date;
};

/** 32 random bytes: a 256-bit private link token. */
function newAccessToken() {
  return randomBytes(32).toString("base64url");
}

function sameAnswers(a: Record<string, string>, b: Record<string, string>) {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * Store one diagnostic. Idempotent on (organization, submissionId): a double click or a retry of
 * the same submission returns the assessment stored the first time. Reusing a submission id with
 * different answers is a conflict, never an overwrite.
 */
export async function createDiagnosticAssessment(
  options: CreateDiagnosticAssessmentOptions,
): Promise<{ accessToken: string; created: boolean }> {
  const { organizationId, submissionId, answers, result, context, startedAt } = options;
  try {
    const row = await withTenant(organizationId, (tx) =>
      tx.diagnosticAssessment.create({
        data: {
          organizationId,
          submissionId,
          accessToken: newAccessToken(),
          bankVersion: result.version,
          answers,
          scores: result.fractures,
          primary: result.primary,
          role: context.role ?? null,
          revenueBand: context.revenueBand ?? null,
          vertical: context.vertical ?? null,
          email: context.email ?? null,
          startedAt: startedAt ?? null,
        },
        select: { accessToken: true },
      }),
    );
    return { accessToken: row.accessToken, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A new transaction: the failed insert ended the first one.
    const existing = await withTenant(organizationId, (tx) =>
      tx.diagnosticAssessment.findUnique({
        where: { organizationId_submissionId: { organizationId, submissionId } },
        select: { accessToken: true, answers: true },
      }),
    );
    if (!existing) throw error;
    if (!sameAnswers(existing.answers as Record<string, string>, answers)) {
      throw new AppError(
        "CONFLICT",
        "This submission was already recorded with different answers.",
      );
    }
    return { accessToken: existing.accessToken, created: false };
  }
}
