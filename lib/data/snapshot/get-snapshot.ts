import type { Prisma } from "@/lib/generated/prisma/client";
import { db, withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { attachedDiagnosticOf } from "@/lib/domain/snapshot";

const snapshotSelect = {
  id: true,
  organizationId: true,
  purchasedByOrganizationId: true,
  bankVersion: true,
  unlocked: true,
  paymentStatus: true,
  answeringClosedAt: true,
  draftSections: true,
  draftGeneratedSections: true,
  draftUpdatedAt: true,
  shareTokenHash: true,
  diagnosticTakenAt: true,
  diagnosticBankVersion: true,
  diagnosticPricingVersion: true,
  diagnosticRevenueBand: true,
  diagnosticRole: true,
  diagnosticPrimary: true,
  diagnosticScores: true,
  createdAt: true,
  respondents: {
    orderBy: { invitedAt: "asc" },
    // Never the token hash: the private link is the respondent's alone.
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      answeredCount: true,
      invitedAt: true,
      remindedAt: true,
      reminderCount: true,
      submittedAt: true,
    },
  },
  versions: {
    orderBy: { number: "desc" },
    select: { number: true, publishedAt: true, publishedById: true },
  },
} satisfies Prisma.SnapshotSelect;

/**
 * One Snapshot of the organization with its respondents, its versions and the diagnostic it was
 * bought after (the copy kept on the Snapshot), or NOT_FOUND.
 */
export async function getSnapshotOrThrow(organizationId: string, snapshotId: string) {
  const found = await withTenant(organizationId, (tx) =>
    tx.snapshot.findFirst({ where: { organizationId, id: snapshotId }, select: snapshotSelect }),
  );
  if (!found) throw new AppError("NOT_FOUND", "That Snapshot was not found.");
  const payer =
    found.purchasedByOrganizationId === organizationId
      ? null
      : await db.organization.findUnique({
          where: { id: found.purchasedByOrganizationId },
          select: { name: true },
        });
  // The diagnostic's columns leave only as the parsed copy.
  const {
    shareTokenHash,
    diagnosticTakenAt: _takenAt,
    diagnosticBankVersion: _bankVersion,
    diagnosticPricingVersion: _pricingVersion,
    diagnosticRevenueBand: _revenueBand,
    diagnosticRole: _role,
    diagnosticPrimary: _primary,
    diagnosticScores: _scores,
    ...rest
  } = found;
  return {
    ...rest,
    shared: shareTokenHash !== null,
    purchasedBy: payer?.name ?? null,
    diagnostic: attachedDiagnosticOf(found),
  };
}

export type SnapshotView = Awaited<ReturnType<typeof getSnapshotOrThrow>>;
