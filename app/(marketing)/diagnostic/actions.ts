"use server";

import { submitDiagnostic, ZSubmitDiagnosticRequest } from "@/lib/assessments/submit-diagnostic";
import { runAction, type ActionResult } from "@/lib/actions/action-result";
import { resolvePublicOrganization } from "@/lib/auth/resolve-public-organization";
import { resolveBaseUrl } from "@/lib/http/base-url";

/**
 * Public: anyone may take the diagnostic without signing in. The organization it lands in is
 * decided on the server, never taken from the request.
 */
export async function submitDiagnosticAction(
  input: unknown,
): Promise<ActionResult<{ accessToken: string }>> {
  return runAction(async () => {
    const organization = resolvePublicOrganization();
    const request = ZSubmitDiagnosticRequest.parse(input);
    const { accessToken } = await submitDiagnostic({
      organizationSlug: organization.slug,
      request,
      baseUrl: await resolveBaseUrl(),
    });
    return { accessToken };
  });
}
