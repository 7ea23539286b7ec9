import { scoped } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * The assessment behind a private link. The contact email is deliberately not selected: a
 * forwarded link shows the result, not who took it.
 */
export async function getDiagnosticAssessmentByTokenOrThrow(accessToken: string) {
  // Row-level security shows this one row to whoever holds its token, whatever its tenant.
  const row = await scoped({ accessToken }, (tx) =>
    tx.diagnosticAssessment.findUnique({
      where: { accessToken },
      select: {
        id: true,
        bankVersion: true,
        answers: true,
        scores: true,
        primary: true,
        role: true,
        revenueBand: true,
        vertical: true,
        createdAt: true,
        organization: { select: { slug: true, name: true, kind: true } },
      },
    }),
  );
  if (!row)
    throw new AppError("NOT_FOUND", "This result does not exist or the link is incomplete.");
  return row;
}
