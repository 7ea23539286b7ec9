import { withRespondent } from "./with-respondent";

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
