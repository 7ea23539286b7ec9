import { scoped, setTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Record the address a result's copy was sent to, found by the hash of its private link. The
 * result then lists as a lead, with that address, for the organization whose link it came from;
 * a later address replaces an earlier one (a corrected typo).
 */
export async function setDiagnosticAssessmentEmail(accessTokenHash: string, email: string) {
  await scoped({ accessToken: accessTokenHash }, async (tx) => {
    // The private link shows the row; writing it needs its tenant, named by the row itself.
    const row = await tx.diagnosticAssessment.findUnique({
      where: { accessTokenHash },
      select: { id: true, organizationId: true },
    });
    if (!row)
      throw new AppError("NOT_FOUND", "This result does not exist or the link is incomplete.");
    await setTenant(tx, row.organizationId);
    await tx.diagnosticAssessment.updateMany({
      where: { id: row.id, organizationId: row.organizationId },
      data: { email },
    });
  });
}
