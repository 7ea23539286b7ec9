import { scoped, setTenant, withTenant, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { RespondentRole } from "@/lib/snapshot";
import { isUniqueViolation } from "@/lib/errors";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

/** A Snapshot that takes answers: paid for and not closed. */
async function requireOpenSnapshot(tx: Tx, organizationId: string, snapshotId: string) {
  const snapshot = await tx.snapshot.findFirst({
    where: { organizationId, id: snapshotId },
    select: { unlocked: true, answeringClosedAt: true },
  });
  if (!snapshot) throw new AppError("NOT_FOUND", "That Snapshot was not found.");
  if (!snapshot.unlocked)
    throw new AppError("CONFLICT", "This Snapshot is locked until its payment goes through.");
  if (snapshot.answeringClosedAt)
    throw new AppError("CONFLICT", "Answering is closed for this Snapshot.");
}

/** Invite a leader to answer; the same address twice is refused. */
export async function inviteRespondent(options: {
  organizationId: string;
  snapshotId: string;
  email: string;
  name: string | null;
  role: RespondentRole;
  tokenHash: string;
  actor: AuditActor;
}) {
  const { organizationId, snapshotId, actor, ...respondent } = options;
  try {
    return await withTenant(organizationId, async (tx) => {
      await requireOpenSnapshot(tx, organizationId, snapshotId);
      const created = await tx.snapshotRespondent.create({
        data: { organizationId, snapshotId, ...respondent },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        organizationId,
        actor,
        action: "snapshot.respondent_invited",
        targetType: "snapshot",
        targetId: snapshotId,
        details: { email: respondent.email, role: respondent.role },
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", `${options.email} is already invited to this Snapshot.`);
    throw error;
  }
}

/** Reminders wait this long after the last one, so nobody is sent a stream of them. */
export const REMINDER_GAP_MS = 10 * 60 * 1000;

/**
 * A reminder replaces the respondent's link (only its hash is kept, so the old one cannot be
 * sent again); the answers saved so far stay. Returns the respondent's address and name.
 */
export async function renewRespondentLink(options: {
  organizationId: string;
  snapshotId: string;
  respondentId: string;
  tokenHash: string;
  actor: AuditActor;
  now?: Date;
}) {
  const { organizationId, snapshotId, respondentId, tokenHash, actor, now = new Date() } = options;
  return withTenant(organizationId, async (tx) => {
    await requireOpenSnapshot(tx, organizationId, snapshotId);
    const respondent = await tx.snapshotRespondent.findFirst({
      where: { organizationId, snapshotId, id: respondentId },
      select: { email: true, name: true, role: true, submittedAt: true, remindedAt: true },
    });
    if (!respondent) throw new AppError("NOT_FOUND", "That respondent was not found.");
    if (respondent.submittedAt)
      throw new AppError("CONFLICT", `${respondent.email} has already sent their answers.`);
    if (respondent.remindedAt && now.getTime() - respondent.remindedAt.getTime() < REMINDER_GAP_MS)
      throw new AppError("CONFLICT", `${respondent.email} was reminded a few minutes ago.`);
    await tx.snapshotRespondent.update({
      where: { organizationId_id: { organizationId, id: respondentId } },
      data: { tokenHash, remindedAt: now, reminderCount: { increment: 1 } },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: "snapshot.respondent_reminded",
      targetType: "snapshot",
      targetId: snapshotId,
      details: { email: respondent.email },
    });
    return respondent;
  });
}

/**
 * Run `fn` on the respondent behind a private link (whatever the tenant), inside a transaction
 * scoped to that respondent's company. NOT_FOUND when the link is unknown.
 */
async function withRespondent<T>(
  tokenHash: string,
  fn: (
    tx: Tx,
    respondent: {
      id: string;
      organizationId: string;
      snapshotId: string;
      answers: Prisma.JsonValue;
      evidence: Prisma.JsonValue;
      submittedAt: Date | null;
    },
  ) => Promise<T>,
): Promise<T> {
  return scoped({ accessToken: tokenHash }, async (tx) => {
    const respondent = await tx.snapshotRespondent.findUnique({
      where: { tokenHash },
      select: {
        id: true,
        organizationId: true,
        snapshotId: true,
        answers: true,
        evidence: true,
        submittedAt: true,
      },
    });
    if (!respondent)
      throw new AppError(
        "NOT_FOUND",
        "This answering link is not valid. It may have been replaced by a newer one in a reminder.",
      );
    await setTenant(tx, respondent.organizationId);
    return fn(tx, respondent);
  });
}

/** What the answering page needs: who is asked, by which company, and the answers so far. */
export async function getRespondentByToken(tokenHash: string) {
  return withRespondent(tokenHash, async (tx, r) => {
    const snapshot = await tx.snapshot.findFirst({
      where: { organizationId: r.organizationId, id: r.snapshotId },
      select: {
        bankVersion: true,
        unlocked: true,
        answeringClosedAt: true,
        organization: { select: { name: true, logoUrl: true, accentColor: true } },
      },
    });
    const me = await tx.snapshotRespondent.findFirst({
      where: { organizationId: r.organizationId, id: r.id },
      select: { name: true, role: true, answeredCount: true },
    });
    return {
      name: me!.name,
      role: me!.role,
      answers: (r.answers ?? {}) as Record<string, string>,
      evidence: (r.evidence ?? {}) as Record<string, string>,
      answeredCount: me!.answeredCount,
      submittedAt: r.submittedAt,
      bankVersion: snapshot!.bankVersion,
      open: snapshot!.unlocked && !snapshot!.answeringClosedAt,
      company: snapshot!.organization,
    };
  });
}

export type RespondentPageData = Awaited<ReturnType<typeof getRespondentByToken>>;

/**
 * Merge answers into what the respondent saved before (answers already validated against the
 * bank by the caller). Refused once sent, or once the Snapshot is closed or locked.
 */
export async function saveRespondentAnswers(
  tokenHash: string,
  patch: { answers: Record<string, string>; evidence: Record<string, string> },
  questionIds: readonly string[],
) {
  return withRespondent(tokenHash, async (tx, r) => {
    if (r.submittedAt) throw new AppError("CONFLICT", "These answers were already sent.");
    await requireOpenSnapshot(tx, r.organizationId, r.snapshotId);
    const answers = { ...((r.answers ?? {}) as Record<string, string>), ...patch.answers };
    const evidence = { ...((r.evidence ?? {}) as Record<string, string>), ...patch.evidence };
    for (const [id, note] of Object.entries(evidence)) if (!note) delete evidence[id];
    const answeredCount = questionIds.filter((id) => answers[id]).length;
    await tx.snapshotRespondent.update({
      where: { organizationId_id: { organizationId: r.organizationId, id: r.id } },
      data: { answers, evidence, answeredCount },
      select: { id: true },
    });
    return { answeredCount };
  });
}

/** Send the answers: every question must be answered. Sending twice changes nothing. */
export async function submitRespondent(tokenHash: string, questionIds: readonly string[]) {
  return withRespondent(tokenHash, async (tx, r) => {
    if (r.submittedAt) return { submittedAt: r.submittedAt };
    await requireOpenSnapshot(tx, r.organizationId, r.snapshotId);
    const answers = (r.answers ?? {}) as Record<string, string>;
    const missing = questionIds.filter((id) => !answers[id]).length;
    if (missing > 0)
      throw new AppError(
        "INVALID_INPUT",
        `${missing} question${missing === 1 ? " is" : "s are"} still unanswered.`,
      );
    const submittedAt = new Date();
    await tx.snapshotRespondent.update({
      where: { organizationId_id: { organizationId: r.organizationId, id: r.id } },
      data: { submittedAt },
      select: { id: true },
    });
    return { submittedAt };
  });
}
