import { withTenant } from "@/lib/db";
import type { NextStepActivity } from "@/lib/domain/organization/next-step-activity";
import { AppError } from "@/lib/errors";
import { NEXT_STEP_ACTIVITY_SELECT } from "./next-step-activity-select";

/** One of the organization's own results' use of its call to action; any other id is not found. */
export async function getAssessmentNextStepActivity(
  organizationId: string,
  id: string,
): Promise<NextStepActivity> {
  const row = await withTenant(organizationId, (tx) =>
    tx.diagnosticAssessment.findFirst({
      where: { id, organizationId },
      select: NEXT_STEP_ACTIVITY_SELECT,
    }),
  );
  if (!row) throw new AppError("NOT_FOUND", "That assessment was not found.");
  return row;
}
