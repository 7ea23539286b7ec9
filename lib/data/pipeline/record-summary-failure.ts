import { withTenant } from "@/lib/db";

/** Say why the figures could not be computed; the last ones stay. */
export async function recordSummaryFailure(organizationId: string, message: string) {
  await withTenant(organizationId, (tx) =>
    tx.pipelineSummary.updateMany({ where: { organizationId }, data: { error: message } }),
  );
}
