"use server";

import { z } from "zod";
import {
  submitDiagnostic,
  ZSubmitDiagnosticRequest,
} from "@/lib/services/diagnostic/submit-diagnostic";
import { runAction, type ActionResult } from "@/lib/actions/action-result";
import { resolvePublicOrganization } from "@/lib/services/diagnostic/public-organization";
import { resolveBaseUrl } from "@/lib/http/base-url";

const ZPublicTarget = z.looseObject({ orgSlug: z.string().min(1).max(64).optional() });

/**
 * Public: anyone may take the diagnostic without signing in. It lands in the organization whose
 * public link was used (by slug), or the platform's own.
 */
export async function submitDiagnosticAction(
  input: unknown,
): Promise<ActionResult<{ accessToken: string }>> {
  return runAction(async () => {
    const { orgSlug, ...rest } = ZPublicTarget.parse(input);
    const organization = await resolvePublicOrganization(orgSlug);
    const request = ZSubmitDiagnosticRequest.parse(rest);
    const { accessToken } = await submitDiagnostic({
      organizationSlug: organization.slug,
      request,
      baseUrl: await resolveBaseUrl(),
    });
    return { accessToken };
  });
}
