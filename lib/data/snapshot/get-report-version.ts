import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { reportVersionSelect } from "./report-version-select";

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
      select: reportVersionSelect,
    }),
  );
  if (!found) throw new AppError("NOT_FOUND", "That version of the assessment was not found.");
  return found;
}
