import { AppError } from "@/lib/errors";
import { withRespondent } from "./with-respondent";
import { requireOpenSnapshot } from "./require-open-snapshot";

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
