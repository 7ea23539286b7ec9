import { scoped, setTenant, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";

/**
 * Run `fn` on the respondent behind a private link (whatever the tenant), inside a transaction
 * scoped to that respondent's company. NOT_FOUND when the link is unknown.
 */
export async function withRespondent<T>(
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
