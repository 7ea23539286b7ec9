import { scoped, withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Give the result behind a private link the revenue band it was taken without, so it can be
 * priced. Only the token's own row is reachable: it is found by the hash, and the write is made
 * in that row's tenant and again keyed by the hash. A result stored before results were priced
 * is left as it was, and a band once given is not replaced (the same band again is a no-op).
 */
export async function setAssessmentRevenueBand(
  accessTokenHash: string,
  revenueBand: string,
): Promise<{ id: string; changed: boolean }> {
  const row = await scoped({ accessToken: accessTokenHash }, (tx) =>
    tx.diagnosticAssessment.findUnique({
      where: { accessTokenHash },
      select: { id: true, organizationId: true, pricingVersion: true, revenueBand: true },
    }),
  );
  if (!row) {
    throw new AppError("NOT_FOUND", "This result does not exist or the link is incomplete.");
  }
  if (row.pricingVersion === null) {
    throw new AppError(
      "CONFLICT",
      "This result was stored before results were priced in money, so it stays as it was.",
    );
  }
  if (row.revenueBand !== null) {
    if (row.revenueBand === revenueBand) return { id: row.id, changed: false };
    throw new AppError(
      "CONFLICT",
      "This result already has a revenue band, and its price stays as it was given.",
    );
  }
  const updated = await withTenant(row.organizationId, (tx) =>
    tx.diagnosticAssessment.updateMany({
      where: { id: row.id, accessTokenHash, revenueBand: null },
      data: { revenueBand },
    }),
  );
  if (updated.count === 0) {
    throw new AppError(
      "CONFLICT",
      "This result was given a revenue band a moment ago. Reload the page to see it priced.",
    );
  }
  return { id: row.id, changed: true };
}
