import { z } from "zod";
import type { OrgContext } from "@/lib/auth/guard";
import { getAssessmentNextStepActivity } from "@/lib/data/diagnostic-assessment/get-assessment-next-step-activity";
import { describeNextStepActivity } from "@/lib/domain/organization/next-step-activity";
import { AppError } from "@/lib/errors";

/** One of the organization's results' use of its call to action, a line each; any other id is not found. */
export async function loadNextStepActivity(ctx: OrgContext, assessmentId: string) {
  if (!z.uuid().safeParse(assessmentId).success) {
    throw new AppError("NOT_FOUND", "That assessment was not found.");
  }
  return describeNextStepActivity(
    await getAssessmentNextStepActivity(ctx.organization.id, assessmentId),
  );
}
