import { z } from "zod";
import { hashLinkToken } from "@/lib/auth/tokens";
import { deleteDiagnosticAssessment } from "@/lib/data/diagnostic-assessment/delete-diagnostic-assessment";
import { describeWait } from "@/lib/limits/limit-spec";
import { clientSubject, enforceLimits } from "@/lib/limits/rate-limit";
import { ZResultLinkToken } from "./get-diagnostic-result";

/** The confirmation form: the link's token, and the confirmation a person gave by pressing it. */
export const ZDeleteDiagnosticResultRequest = z.object({
  token: ZResultLinkToken,
  confirm: z.literal("delete", "Confirm that the result should be deleted."),
});

export type TDeleteDiagnosticResultRequest = z.input<typeof ZDeleteDiagnosticResultRequest>;

/**
 * Public, authorized by the private link's token: erase the result and the lead it made for the
 * organization. Counted against the client's requests on result links, so it cannot be used to
 * probe tokens. A token that opens nothing is not found, and deletes nothing.
 */
export async function deleteDiagnosticResult(
  request: z.infer<typeof ZDeleteDiagnosticResultRequest>,
  options: { clientAddress: string },
): Promise<void> {
  await enforceLimits(
    [{ limit: "resultLinkPerClient", subject: clientSubject(options.clientAddress) }],
    ({ retryAfterSeconds }) =>
      `Too many requests on result links came from your network just now. Try again in ${describeWait(retryAfterSeconds)}.`,
  );
  await deleteDiagnosticAssessment(hashLinkToken(request.token));
}
