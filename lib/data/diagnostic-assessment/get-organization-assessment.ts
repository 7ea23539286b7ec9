import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { diagnosticResultSelect } from "./diagnostic-result-select";

/** One of the organization's own assessments; another organization's id is not found. */
export async function getOrganizationAssessmentOrThrow(organizationId: string, id: string) {
  const row = await withTenant(organizationId, (tx) =>
    tx.diagnosticAssessment.findFirst({
      where: { id, organizationId },
      select: diagnosticResultSelect,
    }),
  );
  if (!row) throw new AppError("NOT_FOUND", "That assessment was not found.");
  return row;
}
