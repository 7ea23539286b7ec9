import { withTenant } from "@/lib/db";

/**
 * Undo a claim whose notification reached nobody (the mail relay refused every message), so the
 * taker can press again. Only that claim is undone: a later one is left alone.
 */
export async function releaseSnapshotRequest(
  organizationId: string,
  assessmentId: string,
  requestedAt: Date,
): Promise<void> {
  await withTenant(
    organizationId,
    (tx) =>
      tx.$executeRaw`UPDATE "DiagnosticAssessment" SET "snapshotRequestedAt" = NULL
      WHERE id = ${assessmentId}::uuid AND "organizationId" = ${organizationId}::uuid
        AND "snapshotRequestedAt" = ${requestedAt}`,
  );
}
