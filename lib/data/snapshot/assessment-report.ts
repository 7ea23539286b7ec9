import type { Prisma } from "@/lib/generated/prisma/client";
import { scoped, setTenant, withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AssessmentSection } from "@/lib/snapshot";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

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

/**
 * Close answering and keep the generated first draft of the written assessment. At least one
 * leader must have sent answers; closing twice is refused.
 */
export async function closeAnswering(options: {
  organizationId: string;
  snapshotId: string;
  draft: AssessmentSection[];
  actor: AuditActor;
}) {
  const { organizationId, snapshotId, draft, actor } = options;
  return withTenant(organizationId, async (tx) => {
    const snapshot = await tx.snapshot.findFirst({
      where: { organizationId, id: snapshotId },
      select: { unlocked: true, answeringClosedAt: true },
    });
    if (!snapshot) throw new AppError("NOT_FOUND", "That Snapshot was not found.");
    if (!snapshot.unlocked)
      throw new AppError("CONFLICT", "This Snapshot is locked until its payment goes through.");
    if (snapshot.answeringClosedAt) throw new AppError("CONFLICT", "Answering is already closed.");
    const closed = await tx.snapshot.updateMany({
      where: { organizationId, id: snapshotId, answeringClosedAt: null },
      data: {
        answeringClosedAt: new Date(),
        closedById: actor.userId,
        draftSections: draft as unknown as Prisma.InputJsonValue,
        draftUpdatedAt: new Date(),
      },
    });
    if (closed.count === 0) throw new AppError("CONFLICT", "Answering is already closed.");
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: "snapshot.answering_closed",
      targetType: "snapshot",
      targetId: snapshotId,
    });
  });
}

/** A written-assessment Snapshot that may be edited: paid for and closed for answers. */
async function editableDraft(
  tx: Prisma.TransactionClient,
  organizationId: string,
  snapshotId: string,
) {
  const snapshot = await tx.snapshot.findFirst({
    where: { organizationId, id: snapshotId },
    select: { unlocked: true, answeringClosedAt: true, draftSections: true },
  });
  if (!snapshot) throw new AppError("NOT_FOUND", "That Snapshot was not found.");
  if (!snapshot.unlocked)
    throw new AppError("CONFLICT", "This Snapshot is locked until its payment goes through.");
  if (!snapshot.answeringClosedAt || !snapshot.draftSections)
    throw new AppError("CONFLICT", "Close answering first; the draft is written from the answers.");
  return snapshot.draftSections as unknown as AssessmentSection[];
}

/** Replace the body of one section of the draft. */
export async function updateDraftSection(options: {
  organizationId: string;
  snapshotId: string;
  key: string;
  body: string;
}) {
  const { organizationId, snapshotId, key, body } = options;
  return withTenant(organizationId, async (tx) => {
    const sections = await editableDraft(tx, organizationId, snapshotId);
    if (!sections.some((s) => s.key === key))
      throw new AppError("NOT_FOUND", "That section was not found.");
    const next = sections.map((s) => (s.key === key ? { ...s, body } : s));
    await tx.snapshot.update({
      where: { organizationId_id: { organizationId, id: snapshotId } },
      data: { draftSections: next as unknown as Prisma.InputJsonValue, draftUpdatedAt: new Date() },
      select: { id: true },
    });
  });
}

/**
 * Publish the draft as the next numbered version, frozen with the figures behind its charts.
 * Concurrent publishes cannot take the same number (the unique key refuses the second).
 */
export async function publishReportVersion(options: {
  organizationId: string;
  snapshotId: string;
  figures: Prisma.InputJsonValue;
  actor: AuditActor;
}) {
  const { organizationId, snapshotId, figures, actor } = options;
  return withTenant(organizationId, async (tx) => {
    const sections = await editableDraft(tx, organizationId, snapshotId);
    const last = await tx.snapshotReportVersion.findFirst({
      where: { organizationId, snapshotId },
      orderBy: { number: "desc" },
      select: { number: true },
    });
    const number = (last?.number ?? 0) + 1;
    await tx.snapshotReportVersion.create({
      data: {
        organizationId,
        snapshotId,
        number,
        sections: sections as unknown as Prisma.InputJsonValue,
        figures,
        publishedById: actor.userId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: "snapshot.published",
      targetType: "snapshot",
      targetId: snapshotId,
      details: { version: number },
    });
    return { number };
  });
}

const versionSelect = {
  number: true,
  sections: true,
  figures: true,
  publishedAt: true,
  snapshotId: true,
} as const;

/** One published version (the latest when `number` is omitted), or NOT_FOUND. */
export async function getReportVersion(
  organizationId: string,
  snapshotId: string,
  number?: number,
) {
  const found = await withTenant(organizationId, (tx) =>
    tx.snapshotReportVersion.findFirst({
      where: { organizationId, snapshotId, ...(number ? { number } : {}) },
      orderBy: { number: "desc" },
      select: versionSelect,
    }),
  );
  if (!found) throw new AppError("NOT_FOUND", "That version of the assessment was not found.");
  return found;
}

/** Set (a new link replaces the old one) or remove the share link of a Snapshot. */
export async function setShareLink(options: {
  organizationId: string;
  snapshotId: string;
  tokenHash: string | null;
  actor: AuditActor;
}) {
  const { organizationId, snapshotId, tokenHash, actor } = options;
  return withTenant(organizationId, async (tx) => {
    const changed = await tx.snapshot.updateMany({
      where: { organizationId, id: snapshotId },
      data: { shareTokenHash: tokenHash },
    });
    if (changed.count === 0) throw new AppError("NOT_FOUND", "That Snapshot was not found.");
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: tokenHash ? "snapshot.share_link_created" : "snapshot.share_link_revoked",
      targetType: "snapshot",
      targetId: snapshotId,
    });
  });
}

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
      select: versionSelect,
    });
    if (!version) throw new AppError("NOT_FOUND", "Nothing has been published at this link yet.");
    return { snapshot, version };
  });
}

/** The latest published version of each of the organization's Snapshots, oldest first. */
export async function listLatestPublishedVersions(organizationId: string) {
  const rows = await withTenant(organizationId, (tx) =>
    tx.snapshotReportVersion.findMany({
      where: { organizationId },
      orderBy: [{ snapshotId: "asc" }, { number: "desc" }],
      distinct: ["snapshotId"],
      select: { snapshotId: true, number: true, figures: true, publishedAt: true },
    }),
  );
  return rows.sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
}
