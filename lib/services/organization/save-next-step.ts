import type { OrgContext } from "@/lib/auth/guard";
import { setOrganizationNextStep } from "@/lib/data/organization/set-organization-next-step";
import { storedNextStep, type TNextStepSetting } from "@/lib/domain/organization/next-step-setting";
import { AppError } from "@/lib/errors";

/**
 * The call to action on the organization's branded link's results (already parsed). The
 * platform's own results always end in its Snapshot offer, so it has no such setting.
 */
export async function saveNextStep(ctx: OrgContext, setting: TNextStepSetting) {
  if (ctx.organization.kind === "PLATFORM") {
    throw new AppError(
      "CONFLICT",
      "The platform's own results always end in its Snapshot offer; there is nothing to set here.",
    );
  }
  return setOrganizationNextStep({
    organizationId: ctx.organization.id,
    nextStep: storedNextStep(setting),
    actor: { userId: ctx.user.id, email: ctx.user.email },
  });
}
