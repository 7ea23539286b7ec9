import { z } from "zod";
import { hashLinkToken } from "@/lib/auth/tokens";
import { setAssessmentRevenueBand } from "@/lib/data/diagnostic-assessment/set-assessment-revenue-band";
import { ZRevenueBand } from "@/lib/domain/diagnostic/context";
import { AppError } from "@/lib/errors";
import { describeWait } from "@/lib/limits/limit-spec";
import { clientSubject, enforceLimits } from "@/lib/limits/rate-limit";
import { getDiagnosticResult, ZAccessToken } from "./get-diagnostic-result";

export const ZRepriceRequest = z.strictObject(
  { revenueBand: ZRevenueBand },
  { error: "Send the revenue band, and nothing else." },
);

/**
 * A result taken without a revenue band, given one by whoever holds its private link, and
 * priced with the method it was stored with. Nothing else about the result changes: no answer,
 * no score. The result is named only by the link's token; the body cannot name another.
 */
export async function repriceDiagnosticResult(
  accessToken: string,
  body: unknown,
  options: { clientAddress: string },
) {
  if (!ZAccessToken.safeParse(accessToken).success) {
    throw new AppError("NOT_FOUND", "This result does not exist or the link is incomplete.");
  }
  const { revenueBand } = ZRepriceRequest.parse(body);
  const tokenHash = hashLinkToken(accessToken);
  await enforceLimits(
    [
      { limit: "repricePerClient", subject: clientSubject(options.clientAddress) },
      { limit: "repricePerResult", subject: tokenHash },
    ],
    ({ retryAfterSeconds }) =>
      `Too many revenue bands were sent just now. Try again in ${describeWait(retryAfterSeconds)}.`,
  );
  await setAssessmentRevenueBand(tokenHash, revenueBand);
  const view = await getDiagnosticResult(accessToken);
  return view.pricing;
}
