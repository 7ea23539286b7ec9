import { z } from "zod";
import { createDiagnosticAssessment } from "@/lib/data/diagnostic-assessment/create-diagnostic-assessment";
import { getOrganizationBySlugOrThrow } from "@/lib/data/organization/get-organization-by-slug";
import {
  CURRENT_DIAGNOSTIC_VERSION,
  getDiagnosticBank,
  scoreWithBank,
} from "@/lib/domain/diagnostic";
import { ZDiagnosticContext } from "@/lib/domain/diagnostic/context";
import { PRICING_VERSION, priceDiagnostic } from "@/lib/domain/pricing";
import { AppError } from "@/lib/errors";
import { describeWait } from "@/lib/limits/limit-spec";
import { clientSubject, enforceLimits } from "@/lib/limits/rate-limit";
import { resolvePublicOrganization } from "./public-organization";
import { sendResultCopy, type ResultCopyOutcome } from "./send-result-copy";

/** The diagnostic takes minutes; a start older than a week or in the future is not believed. */
const STARTED_AT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
const CLOCK_SKEW_MS = 5 * 60 * 1000;

export const ZSubmitDiagnosticRequest = z.object({
  submissionId: z.uuid("The submission id must be a UUID."),
  bankVersion: z.string().min(1).max(64),
  answers: z.record(z.string().max(64), z.string().max(64)),
  context: ZDiagnosticContext.default({}),
  /**
   * When the taker began, by their clock, kept for completion times. A start in the future or
   * more than a week back is not believed and not stored; the answers still count.
   */
  startedAt: z.iso
    .datetime({ offset: true })
    .transform((value) => {
      const at = Date.parse(value);
      const now = Date.now();
      return at >= now - STARTED_AT_MAX_AGE_MS && at <= now + CLOCK_SKEW_MS ? value : undefined;
    })
    .optional(),
});

export type TSubmitDiagnosticRequest = z.input<typeof ZSubmitDiagnosticRequest>;

/**
 * Score a completed diagnostic and store it in the organization's account. The answers are
 * checked against the question bank (a ZodError names any missing or unknown answer) before
 * anything is written.
 */
export async function submitDiagnostic(options: {
  organizationSlug: string;
  request: z.infer<typeof ZSubmitDiagnosticRequest>;
  /** Origin for the private link in the emailed copy. */
  baseUrl: string;
  /** Who is submitting, for the per-client limit; absent for trusted callers (seed, tests). */
  clientAddress?: string;
}): Promise<{ accessToken: string; created: boolean; copy: ResultCopyOutcome | null }> {
  const { organizationSlug, request, baseUrl } = options;
  if (request.bankVersion !== CURRENT_DIAGNOSTIC_VERSION) {
    throw new AppError(
      "CONFLICT",
      "The questions were updated while you were answering. Reload the page to continue.",
    );
  }
  const result = scoreWithBank(getDiagnosticBank(request.bankVersion), request.answers);
  const organization = await getOrganizationBySlugOrThrow(organizationSlug);
  if (options.clientAddress !== undefined) {
    await enforceLimits(
      [
        { limit: "diagnosticPerClient", subject: clientSubject(options.clientAddress) },
        { limit: "diagnosticPerLink", subject: organization.id },
      ],
      ({ limit, retryAfterSeconds }) =>
        limit === "diagnosticPerClient"
          ? `Too many diagnostics were sent from your network just now. Your answers are kept on this page: send them again in ${describeWait(retryAfterSeconds)}.`
          : `This diagnostic link is receiving more answers than it accepts at once. Your answers are kept on this page: send them again in ${describeWait(retryAfterSeconds)}.`,
    );
  }
  const stored = await createDiagnosticAssessment({
    organizationId: organization.id,
    submissionId: request.submissionId,
    answers: request.answers,
    result,
    context: request.context,
    pricingVersion: PRICING_VERSION,
    startedAt: request.startedAt ? new Date(request.startedAt) : undefined,
  });
  // Only the first delivery of a submission sends the copy; a retry must not send it twice.
  // A failed relay or a copy limit never fails the submission: the result is stored either way.
  const copy =
    stored.created && request.context.email
      ? await sendResultCopy({
          assessmentId: stored.id,
          to: request.context.email,
          result,
          pricing: priceDiagnostic(result.fractures, {
            revenueBand: request.context.revenueBand ?? null,
            averageDealSize: request.context.averageDealSize ?? null,
            winRatePercent: request.context.winRatePercent ?? null,
          }),
          resultUrl: `${baseUrl}/results/${stored.accessToken}`,
        })
      : null;
  return { accessToken: stored.accessToken, created: stored.created, copy };
}

const ZPublicTarget = z.looseObject({ orgSlug: z.string().min(1).max(64).optional() });

/**
 * A submission from the public diagnostic, as the browser sends it: it lands in the organization
 * whose public link was used (by slug) or the platform's own, within the per-client and per-link
 * limits. The body is validated here, whole, before anything is stored.
 */
export async function submitPublicDiagnostic(
  body: unknown,
  options: { clientAddress: string; baseUrl: string },
) {
  const { orgSlug, ...rest } = ZPublicTarget.parse(body);
  const organization = await resolvePublicOrganization(orgSlug);
  return submitDiagnostic({
    organizationSlug: organization.slug,
    request: ZSubmitDiagnosticRequest.parse(rest),
    baseUrl: options.baseUrl,
    clientAddress: options.clientAddress,
  });
}
