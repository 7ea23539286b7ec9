import { scoped, setTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Count one click on the organization's booking or email link on the result behind a private
 * link. The click is counted only while the organization still offers that link. The counters
 * are raised in SQL, so concurrent clicks all count, and without touching updatedAt: a click
 * does not change the result, nor the PDF and image cached by it.
 */
export async function recordNextStepClick(
  accessTokenHash: string,
  kind: "BOOKING" | "EMAIL",
  at = new Date(),
): Promise<void> {
  await scoped({ accessToken: accessTokenHash }, async (tx) => {
    const row = await tx.diagnosticAssessment.findUnique({
      where: { accessTokenHash },
      select: { id: true, organizationId: true, organization: { select: { nextStepKind: true } } },
    });
    if (!row) {
      throw new AppError("NOT_FOUND", "This result does not exist or the link is incomplete.");
    }
    if (row.organization.nextStepKind !== kind) {
      throw new AppError(
        "CONFLICT",
        "That link is no longer offered on this result. Reload the page to see the current one.",
      );
    }
    // The private link shows the row; writing it needs its tenant, named by the row itself.
    await setTenant(tx, row.organizationId);
    if (kind === "BOOKING") {
      await tx.$executeRaw`UPDATE "DiagnosticAssessment"
        SET "bookingClicks" = "bookingClicks" + 1, "bookingLastClickedAt" = ${at}
        WHERE id = ${row.id}::uuid AND "organizationId" = ${row.organizationId}::uuid`;
    } else {
      await tx.$executeRaw`UPDATE "DiagnosticAssessment"
        SET "emailClicks" = "emailClicks" + 1, "emailLastClickedAt" = ${at}
        WHERE id = ${row.id}::uuid AND "organizationId" = ${row.organizationId}::uuid`;
    }
  });
}
