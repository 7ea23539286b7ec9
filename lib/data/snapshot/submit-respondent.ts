import { AppError } from "@/lib/errors";
import { withRespondent } from "./with-respondent";
import { requireOpenSnapshot } from "./require-open-snapshot";

/**
 * Send the answers: every question must be answered. Sending twice changes nothing (`first` is
 * false then, so nobody is alerted twice).
 */
export async function submitRespondent(tokenHash: string, questionIds: readonly string[]) {
  return withRespondent(tokenHash, async (tx, r) => {
    const who = { organizationId: r.organizationId, snapshotId: r.snapshotId, respondentId: r.id };
    if (r.submittedAt) return { submittedAt: r.submittedAt, first: false, ...who };
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
    return { submittedAt, first: true, ...who };
  });
}
