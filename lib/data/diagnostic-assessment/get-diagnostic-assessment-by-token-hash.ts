import { scoped } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { diagnosticResultSelect } from "./diagnostic-result-select";

/** The assessment behind a private link, found by the hash of the link's token. */
export async function getDiagnosticAssessmentByTokenHashOrThrow(accessTokenHash: string) {
  // Row-level security shows this one row to whoever holds its token, whatever its tenant.
  const row = await scoped({ accessToken: accessTokenHash }, (tx) =>
    tx.diagnosticAssessment.findUnique({
      where: { accessTokenHash },
      select: diagnosticResultSelect,
    }),
  );
  if (!row)
    throw new AppError("NOT_FOUND", "This result does not exist or the link is incomplete.");
  return row;
}
