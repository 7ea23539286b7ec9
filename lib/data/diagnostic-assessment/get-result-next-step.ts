import { scoped } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { NEXT_STEP_SELECT } from "../organization/next-step-select";

/**
 * What the result behind a private link needs for its closing call to action: the
 * organization's setting, whether a Snapshot was already asked for, and whether the result
 * holds an address to answer at (a yes or no: the address itself stays off the page).
 */
export async function getResultNextStep(accessTokenHash: string) {
  const row = await scoped({ accessToken: accessTokenHash }, (tx) =>
    tx.diagnosticAssessment.findUnique({
      where: { accessTokenHash },
      select: {
        email: true,
        snapshotRequestedAt: true,
        organization: { select: { slug: true, name: true, kind: true, ...NEXT_STEP_SELECT } },
      },
    }),
  );
  if (!row) {
    throw new AppError("NOT_FOUND", "This result does not exist or the link is incomplete.");
  }
  const { email, ...rest } = row;
  return { ...rest, hasEmail: email !== null };
}
