import { z } from "zod";
import { hashLinkToken } from "@/lib/auth/tokens";
import { setDiagnosticAssessmentEmail } from "@/lib/data/diagnostic-assessment/set-diagnostic-assessment-email";
import { describeWait } from "@/lib/limits/limit-spec";
import { clientSubject, enforceLimits, limitSpec } from "@/lib/limits/rate-limit";
import { getDiagnosticResult, ZResultLinkToken } from "./get-diagnostic-result";
import { attemptResultCopy } from "./send-result-copy";

/** What the result page's form posts: strings, as FormData sends them. */
export const ZEmailResultCopyRequest = z.object({
  token: ZResultLinkToken,
  email: z
    .string()
    .trim()
    .max(254, "That address is longer than any we can deliver to.")
    .pipe(z.email("Enter an email address such as name@company.com.")),
});

export type TEmailResultCopyRequest = z.input<typeof ZEmailResultCopyRequest>;

export type EmailResultCopyAnswer =
  | { status: "sent"; to: string; message: string }
  | { status: "limited" | "failed"; message: string };

const dayFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/**
 * Public, authorized by the private link's token: email a copy of the result to the address
 * given, within the copy limits (per inbox a day, per result), and keep the address on the result,
 * which makes it a lead of the organization whose link was used. Each client's requests on result
 * links are counted first, so the form cannot be used to try tokens. The address is stored only
 * once a copy went out: a refused or held-back copy changes nothing.
 */
export async function emailResultCopy(
  request: z.infer<typeof ZEmailResultCopyRequest>,
  options: { clientAddress: string; baseUrl: string },
): Promise<EmailResultCopyAnswer> {
  await enforceLimits(
    [{ limit: "resultLinkPerClient", subject: clientSubject(options.clientAddress) }],
    ({ retryAfterSeconds }) =>
      `Too many requests on result links came from your network just now. Try again in ${describeWait(retryAfterSeconds)}.`,
  );
  const view = await getDiagnosticResult(request.token);
  const attempt = await attemptResultCopy({
    assessmentId: view.id,
    to: request.email,
    result: view.result,
    pricing: view.pricing,
    resultUrl: `${options.baseUrl}/results/${request.token}`,
  });
  switch (attempt.outcome) {
    case "sent":
      await setDiagnosticAssessmentEmail(hashLinkToken(request.token), request.email);
      return {
        status: "sent",
        to: request.email,
        message: `Sent. A copy with this page's private link is on its way to ${request.email}.`,
      };
    case "failed":
      return {
        status: "failed",
        message:
          "Our mail relay did not accept the message, so no copy went out. Try again in a few minutes.",
      };
    case "limited": {
      const { count } = limitSpec(attempt.limit);
      if (attempt.limit === "resultCopyPerRecipient") {
        return {
          status: "limited",
          message: `Not sent: that address has already received ${count} result copies today, the most we send to one inbox in a day. It can receive another in ${describeWait(attempt.retryAfterSeconds)}.`,
        };
      }
      const until = new Date(Date.now() + attempt.retryAfterSeconds * 1000);
      return {
        status: "limited",
        message: `Not sent: this result has already been emailed ${count} times, the most we send for one result, so no further copy can go out before ${dayFormat.format(until)}. Bookmark this page or copy its link instead.`,
      };
    }
  }
}
