import { withTenant } from "@/lib/db";

/** The submitted responses of a Snapshot, for the analysis and the draft. */
export async function listSubmittedResponses(organizationId: string, snapshotId: string) {
  return withTenant(organizationId, (tx) =>
    tx.snapshotRespondent.findMany({
      where: { organizationId, snapshotId, submittedAt: { not: null } },
      orderBy: { submittedAt: "asc" },
      select: { id: true, name: true, email: true, role: true, answers: true, evidence: true },
    }),
  );
}
