import { z } from "zod";
import type { OrgContext } from "@/lib/auth/guard";
import { hashLinkToken, ZLinkToken } from "@/lib/auth/tokens";
import { getDiagnosticAssessmentByTokenHashOrThrow } from "@/lib/data/diagnostic-assessment/get-diagnostic-assessment-by-token-hash";
import { getOrganizationAssessmentOrThrow } from "@/lib/data/diagnostic-assessment/get-organization-assessment";
import {
  FRACTURES,
  explainResult,
  getDiagnosticBank,
  type DiagnosticResult,
} from "@/lib/domain/diagnostic";
import { isPricingVersion, priceDiagnostic, type DiagnosticPricing } from "@/lib/domain/pricing";
import { AppError } from "@/lib/errors";
import { getPeerComparison } from "./get-peer-comparison";

/** Anything that is not 32 random bytes in base64url cannot be a link we issued. */
export const ZAccessToken = ZLinkToken;

/** A result link's token posted by a form, refused with the sentence the not-found page says. */
export const ZResultLinkToken = z
  .string()
  .refine(
    (value) => ZAccessToken.safeParse(value).success,
    "This result does not exist or the link is incomplete.",
  );

const ZStoredScores = z.array(
  z.object({ key: z.enum(FRACTURES), score: z.number().int().min(0).max(100) }),
);
const ZStoredAnswers = z.record(z.string(), z.string());

type StoredAssessment = Awaited<ReturnType<typeof getOrganizationAssessmentOrThrow>>;

/**
 * The stored result in money, with the pricing method it stored. A result from before results
 * were priced has no method and is not priced: it reads exactly as it did.
 */
function pricingOf(row: StoredAssessment, result: DiagnosticResult): DiagnosticPricing | null {
  if (!isPricingVersion(row.pricingVersion)) return null;
  return priceDiagnostic(
    result.fractures,
    {
      revenueBand: row.revenueBand,
      averageDealSize: row.averageDealSize,
      winRatePercent: row.winRatePercent,
    },
    row.pricingVersion,
  );
}

/**
 * A stored diagnostic, rendered with the question bank it was answered on and the scores stored
 * at the time, so it reads the same after the bank or the scoring changes.
 */
function resultView(row: StoredAssessment) {
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
    updatedAt: row.updatedAt,
    organization: row.organization,
    context: { role: row.role, revenueBand: row.revenueBand, vertical: row.vertical },
    bank,
    answers,
    result,
    insights: explainResult(bank, answers, result),
    pricing: pricingOf(row, result),
  };
}

/** A stored result as it is read, with how it compares with peers today. */
async function withPeers(row: StoredAssessment) {
  const view = resultView(row);
  const peers = await getPeerComparison({
    bankVersion: view.result.version,
    context: view.context,
    scores: view.result.fractures,
  });
  return { ...view, peers };
}

export type DiagnosticResultView = Awaited<ReturnType<typeof withPeers>>;

/**
 * The result behind a private link, with how it compares with peers. Only the token's hash is
 * stored, so only the token opens it.
 */
export async function getDiagnosticResult(accessToken: string): Promise<DiagnosticResultView> {
  return withPeers(await getDiagnosticAssessmentByTokenHashOrThrow(hashLinkToken(accessToken)));
}

/** One of the organization's results, for its members; any other id is not found. */
export async function getDiagnosticResultById(
  ctx: OrgContext,
  assessmentId: string,
): Promise<DiagnosticResultView> {
  if (!z.uuid().safeParse(assessmentId).success) {
    throw new AppError("NOT_FOUND", "That assessment was not found.");
  }
  return withPeers(await getOrganizationAssessmentOrThrow(ctx.organization.id, assessmentId));
}
