import type { DiagnosticResult } from "@/lib/domain/diagnostic";
import { hitLimits } from "@/lib/limits/rate-limit";
import { sendMail } from "@/lib/mail/send-mail";
import { diagnosticCopyEmail } from "./diagnostic-copy-email";

/** What became of a requested copy: sent, held back by a limit, or refused by the relay. */
export type ResultCopyOutcome = "sent" | "limited" | "failed";

/**
 * Email one copy of a result, within two limits that keep the diagnostic from being used to
 * flood a stranger's inbox: copies per recipient address a day, and copies per result (so a
 * mistyped address can be corrected once, but one result cannot be sent around).
 */
export async function sendResultCopy(options: {
  assessmentId: string;
  to: string;
  result: DiagnosticResult;
  resultUrl: string;
}): Promise<ResultCopyOutcome> {
  const outcome = await hitLimits([
    { limit: "resultCopyPerRecipient", subject: options.to.trim().toLowerCase() },
    { limit: "resultCopyPerResult", subject: options.assessmentId },
  ]);
  if (!outcome.allowed) return "limited";
  const { delivered } = await sendMail(
    diagnosticCopyEmail(options.to, options.result, options.resultUrl),
  );
  return delivered ? "sent" : "failed";
}
