import { scoped, setTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { reportVersionSelect } from "./report-version-select";

/**
 * The latest published version behind a share link, with the company's name; NOT_FOUND for an
 * unknown or revoked link, a Snapshot not yet published, or one locked by a refund.
 */
export async function getSharedReport(tokenHash: string, number?: number) {
  return scoped({ accessToken: tokenHash }, async (tx) => {
    const snapshot = await tx.snapshot.findUnique({
      where: { shareTokenHash: tokenHash },
      select: {
        id: true,
        organizationId: true,
        unlocked: true,
        purchasedByOrganizationId: true,
        organization: { select: { name: true, logoUrl: true, accentColor: true } },
      },
    });
    if (!snapshot || !snapshot.unlocked)
      throw new AppError("NOT_FOUND", "This link is not valid, or it was withdrawn.");
    await setTenant(tx, snapshot.organizationId);
    const version = await tx.snapshotReportVersion.findFirst({
      where: {
        organizationId: snapshot.organizationId,
        snapshotId: snapshot.id,
        ...(number ? { number } : {}),
      },
      orderBy: { number: "desc" },
      select: reportVersionSelect,
    });
    if (!version) throw new AppError("NOT_FOUND", "Nothing has been published at this link yet.");
    return { snapshot, version };
  });
}
