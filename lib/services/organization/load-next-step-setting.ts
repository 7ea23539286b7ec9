import type { OrgContext } from "@/lib/auth/guard";
import { getOrganizationNextStep } from "@/lib/data/organization/get-organization-next-step";
import { nextStepFormValues } from "@/lib/domain/organization/next-step-setting";

/** The settings form's starting values for the call to action on the branded link's results. */
export async function loadNextStepSetting(ctx: OrgContext) {
  return nextStepFormValues(await getOrganizationNextStep(ctx.organization.id));
}
