import { withTenant } from "@/lib/db";
import { NEXT_STEP_ACTIVITY_SELECT } from "./next-step-activity-select";

/** The organization's diagnostics, newest first; `withEmail` keeps only those who left an address. */
export async function listAssessments(
  organizationId: string,
  options: { withEmail?: boolean; limit?: number } = {},
) {
  return withTenant(organizationId, (tx) =>
    tx.diagnosticAssessment.findMany({
      where: { organizationId, ...(options.withEmail ? { email: { not: null } } : {}) },
      orderBy: { createdAt: "desc" },
      take: options.limit ?? 500,
      select: {
        id: true,
        bankVersion: true,
        scores: true,
        primary: true,
        email: true,
        role: true,
        revenueBand: true,
        vertical: true,
        createdAt: true,
        ...NEXT_STEP_ACTIVITY_SELECT,
      },
    }),
  );
}
