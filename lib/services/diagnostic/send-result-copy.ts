import type { DiagnosticResult } from "@/lib/domain/diagnostic";
import type { DiagnosticPricing } from "@/lib/domain/pricing";
import { hitLimits } from "@/lib/limits/rate-limit";
import { sendMail } from "@/lib/mail/send-mail";
import { diagnosticCopyEmail } from "./diagnostic-copy-email";

/** What became of a requested copy: sent, held back by a limit, or refused by the relay. */
export type ResultCopyOutcome = "sent" | "limited" | "failed";

/** The same, with which limit held a copy back and when it allows one again. */
export type ResultCopyAttempt =
  | { outcome: "sent" | "failed" }
  | {
      outcome: "limited";
      limit: "resultCopyPerRecipient" | "resultCopyPerResult";
      retryAfterSeconds: number;
    };

/**
 * Email one copy of a result, within two limits that keep the diagnostic from being used to
 * flood a stranger's inbox: copies per recipient address a day, and copies per result (so a
 * mistyped address can be corrected once, but one result cannot be sent around).
 */
export async function sendResultCopy(options: {
  assessmentId: string;
  to: string;
  result: DiagnosticResult;
  pricing: DiagnosticPricing | null;
  resultUrl: string;
}): Promise<ResultCopyOutcome> {
  return (await attemptResultCopy(options)).outcome;
}

/** sendResultCopy, saying which limit refused and for how long, for a form that shows it. */
export async function attemptResultCopy(options: {
  assessmentId: string;
  to: string;
  result: DiagnosticResult;
  pricing: DiagnosticPricing | null;
  resultUrl: string;
}): Promise<ResultCopyAttempt> {
  const outcome = await hitLimits([
    { limit: "resultCopyPerRecipient", subject: options.to.trim().toLowerCase() },
    { limit: "resultCopyPerResult", subject: options.assessmentId },
  ]);
  if (!outcome.allowed) {
    return {
      outcome: "limited",
      limit:
        outcome.limit === "resultCopyPerResult" ? "resultCopyPerResult" : "resultCopyPerRecipient",
      retryAfterSeconds: outcome.retryAfterSeconds,
    };
  }
  const { delivered } = await sendMail(
    diagnosticCopyEmail(options.to, options.result, options.resultUrl, options.pricing),
    { diagnosticAssessmentId: options.assessmentId },
  );
  return { outcome: delivered ? "sent" : "failed" };
}
