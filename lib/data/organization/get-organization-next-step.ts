import { withTenant } from "@/lib/db";
import type { StoredNextStep } from "@/lib/domain/organization/next-step-setting";
import { NEXT_STEP_SELECT } from "./next-step-select";

/** The call to action the organization has set for its branded link's results. */
export async function getOrganizationNextStep(organizationId: string): Promise<StoredNextStep> {
  return withTenant(organizationId, (tx) =>
    tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: NEXT_STEP_SELECT }),
  );
}
