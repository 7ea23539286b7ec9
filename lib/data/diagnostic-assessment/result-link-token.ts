import { createHash, createHmac } from "node:crypto";
import { env } from "@/lib/env";

/**
 * The private link of one submission, and the hash that is stored instead of it. The token is
 * 256 bits derived from the server's secret and the submission, so a retried submission (a
 * double click, a lost response) is given the same link again although the link itself is
 * never kept. A copy of the database without the secret yields no link.
 */
export function resultLinkToken(
  organizationId: string,
  submissionId: string,
): { token: string; tokenHash: string } {
  const token = createHmac("sha256", env().AUTH_SECRET)
    .update(`diagnostic-result-link\0${organizationId}\0${submissionId}`)
    .digest("base64url");
  return { token, tokenHash: createHash("sha256").update(token).digest("hex") };
}
