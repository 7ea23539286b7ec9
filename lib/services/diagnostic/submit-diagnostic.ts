import { z } from "zod";
import { createDiagnosticAssessment } from "@/lib/data/diagnostic-assessment/create-diagnostic-assessment";
import { getOrganizationBySlugOrThrow } from "@/lib/data/organization/get-organization-by-slug";
import {
  CURRENT_DIAGNOSTIC_VERSION,
  getDiagnosticBank,
  scoreWithBank,
} from "@/lib/domain/diagnostic";
import { ZDiagnosticContext } from "@/lib/domain/diagnostic/context";
import { AppError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { diagnosticCopyEmail } from "./diagnostic-copy-email";

export const ZSubmitDiagnosticRequest = z.object({
  submissionId: z.uuid("The submission id must be a UUID."),
  bankVersion: z.string().min(1).max(64),
  answers: z.record(z.string().max(64), z.string().max(64)),
  context: ZDiagnosticContext.default({}),
  startedAt: z.iso.datetime({ offset: true }).optional(),
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
}): Promise<{ accessToken: string; created: boolean }> {
  const { organizationSlug, request, baseUrl } = options;
  if (request.bankVersion !== CURRENT_DIAGNOSTIC_VERSION) {
    throw new AppError(
      "CONFLICT",
      "The questions were updated while you were answering. Reload the page to continue.",
    );
  }
  const result = scoreWithBank(getDiagnosticBank(request.bankVersion), request.answers);
  const organization = await getOrganizationBySlugOrThrow(organizationSlug);
  const stored = await createDiagnosticAssessment({
    organizationId: organization.id,
    submissionId: request.submissionId,
    answers: request.answers,
    result,
    context: request.context,
    startedAt: request.startedAt ? new Date(request.startedAt) : undefined,
  });
  // Only the first delivery of a submission sends the copy; a retry must not send it twice.
  // A failed relay is recorded on the message and never fails the submission.
  if (stored.created && request.context.email) {
    await sendMail(
      diagnosticCopyEmail(
        request.context.email,
        result,
        `${baseUrl}/results/${stored.accessToken}`,
      ),
    );
  }
  return stored;
}
