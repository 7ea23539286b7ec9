import { z } from "zod";
import { hashLinkToken } from "@/lib/auth/tokens";
import { getDiagnosticAssessmentByTokenHashOrThrow } from "@/lib/data/diagnostic-assessment/get-diagnostic-assessment-by-token-hash";
import { AppError } from "@/lib/errors";
import { describeWait } from "@/lib/limits/limit-spec";
import { clientSubject, enforceLimits } from "@/lib/limits/rate-limit";
import {
  DIAGNOSTIC_REFERENCE_MAX_AGE_SECONDS,
  sealDiagnosticReference,
} from "./diagnostic-reference";
import { ZResultLinkToken } from "./get-diagnostic-result";

/** The form behind "Get the Snapshot": the result's token, posted, never put in an address. */
export const ZReferResultRequest = z.object({ token: ZResultLinkToken });

/**
 * Public, authorized by the result's private link: a sealed reference to the result, for the
 * browser to carry to the Snapshot it buys next. Only a result of the platform's own diagnostic
 * can be brought; an organization's branded link leads to that organization instead. Counted
 * against the client's requests on result links, so it cannot be used to probe tokens.
 */
export async function referResultToSnapshot(body: unknown, options: { clientAddress: string }) {
  await enforceLimits(
    [{ limit: "resultLinkPerClient", subject: clientSubject(options.clientAddress) }],
    ({ retryAfterSeconds }) =>
      `Too many requests on result links came from your network just now. Try again in ${describeWait(retryAfterSeconds)}.`,
  );
  const { token } = ZReferResultRequest.parse(body);
  const tokenHash = hashLinkToken(token);
  const row = await getDiagnosticAssessmentByTokenHashOrThrow(tokenHash);
  if (row.organization.kind !== "PLATFORM") {
    throw new AppError(
      "INVALID_INPUT",
      "Only a result of the diagnostic on Revenue Chain's own page can be brought to a Snapshot.",
    );
  }
  return {
    reference: sealDiagnosticReference(tokenHash),
    maxAgeSeconds: DIAGNOSTIC_REFERENCE_MAX_AGE_SECONDS,
  };
}
