import { z } from "zod";
import { ZLinkToken } from "@/lib/auth/tokens";
import { getDiagnosticAssessmentByTokenOrThrow } from "@/lib/data/diagnostic-assessment/get-diagnostic-assessment-by-token";
import {
  FRACTURES,
  explainResult,
  getDiagnosticBank,
  type DiagnosticResult,
} from "@/lib/domain/diagnostic";

/** Anything that is not 32 random bytes in base64url cannot be a link we issued. */
export const ZAccessToken = ZLinkToken;

const ZStoredScores = z.array(
  z.object({ key: z.enum(FRACTURES), score: z.number().int().min(0).max(100) }),
);
const ZStoredAnswers = z.record(z.string(), z.string());

/**
 * A stored diagnostic, rendered with the question bank it was answered on and the scores stored
 * at the time, so it reads the same after the bank or the scoring changes.
 */
export async function getDiagnosticResult(accessToken: string) {
  const row = await getDiagnosticAssessmentByTokenOrThrow(accessToken);
  const bank = getDiagnosticBank(row.bankVersion);
  const answers = ZStoredAnswers.parse(row.answers);
  const result: DiagnosticResult = {
    version: row.bankVersion,
    fractures: ZStoredScores.parse(row.scores),
    primary: row.primary,
  };
  return {
    id: row.id,
    createdAt: row.createdAt,
    organization: row.organization,
    context: { role: row.role, revenueBand: row.revenueBand, vertical: row.vertical },
    bank,
    answers,
    result,
    insights: explainResult(bank, answers, result),
  };
}
