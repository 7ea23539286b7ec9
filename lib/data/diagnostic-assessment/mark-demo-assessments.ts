import { withTenant } from "@/lib/db";

/** Mark seeded results as demo rows, which the peer benchmarks never count. */
export async function markDemoAssessments(organizationId: string, submissionIds: string[]) {
  return withTenant(organizationId, async (tx) => {
    const { count } = await tx.diagnosticAssessment.updateMany({
      where: { organizationId, submissionId: { in: submissionIds } },
      data: { demo: true },
    });
    return count;
  });
}
