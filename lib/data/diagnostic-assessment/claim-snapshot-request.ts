import { scoped, setTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { FractureKey } from "@/lib/domain/diagnostic";

/** The lead a Snapshot request comes from, as its organization is told of it. */
export type SnapshotRequestLead = {
  id: string;
  organizationId: string;
  email: string;
  role: string | null;
  revenueBand: string | null;
  vertical: string | null;
  primary: FractureKey | null;
  createdAt: Date;
};

export type SnapshotRequestClaim =
  | {
      outcome: "claimed";
      requestedAt: Date;
      lead: SnapshotRequestLead;
      organization: { slug: string; name: string };
    }
  | { outcome: "already"; requestedAt: Date; organization: { name: string } }
  | { outcome: "needs-email"; organization: { name: string } };

/**
 * Mark the result behind a private link as having asked its organization for a Snapshot, once.
 * Only one request claims it (the write is conditional on no earlier one), so only one
 * notification goes out however often or concurrently the button is pressed. A result without
 * an address takes the one given with the request, so the organization can answer it.
 */
export async function claimSnapshotRequest(
  accessTokenHash: string,
  options: { email?: string; at?: Date } = {},
): Promise<SnapshotRequestClaim> {
  const at = options.at ?? new Date();
  return scoped({ accessToken: accessTokenHash }, async (tx) => {
    const row = await tx.diagnosticAssessment.findUnique({
      where: { accessTokenHash },
      select: {
        id: true,
        organizationId: true,
        email: true,
        role: true,
        revenueBand: true,
        vertical: true,
        primary: true,
        createdAt: true,
        snapshotRequestedAt: true,
        organization: { select: { slug: true, name: true, nextStepKind: true } },
      },
    });
    if (!row) {
      throw new AppError("NOT_FOUND", "This result does not exist or the link is incomplete.");
    }
    const { organization } = row;
    if (organization.nextStepKind !== "SNAPSHOT_REQUEST") {
      throw new AppError(
        "CONFLICT",
        `${organization.name} no longer takes Snapshot requests on this page. Reload it to see the current next step.`,
      );
    }
    if (row.snapshotRequestedAt) {
      return { outcome: "already", requestedAt: row.snapshotRequestedAt, organization };
    }
    const email = row.email ?? options.email;
    if (!email) return { outcome: "needs-email", organization };
    await setTenant(tx, row.organizationId);
    const claimed = await tx.$executeRaw`UPDATE "DiagnosticAssessment"
      SET "snapshotRequestedAt" = ${at}, email = COALESCE(email, ${email})
      WHERE id = ${row.id}::uuid AND "organizationId" = ${row.organizationId}::uuid
        AND "snapshotRequestedAt" IS NULL`;
    if (claimed === 0) {
      const again = await tx.diagnosticAssessment.findFirst({
        where: { id: row.id, organizationId: row.organizationId },
        select: { snapshotRequestedAt: true },
      });
      return { outcome: "already", requestedAt: again?.snapshotRequestedAt ?? at, organization };
    }
    return {
      outcome: "claimed",
      requestedAt: at,
      lead: { ...row, email },
      organization,
    };
  });
}
