import { withTenant } from "@/lib/db";
import { SUMMARY_MODEL, type PipelineSummaryData } from "./pipeline-summary-data";

/**
 * The stored whole-pipeline figures and how current they are: `version` counts changes of the
 * data, `dataVersion` is the change the stored figures describe. Null when the organization has
 * never had pipeline data.
 */
export async function readPipelineSummary(organizationId: string) {
  const row = await withTenant(organizationId, (tx) =>
    tx.pipelineSummary.findUnique({ where: { organizationId } }),
  );
  if (!row) return null;
  const data = row.data as PipelineSummaryData | null;
  const usable = data?.model === SUMMARY_MODEL ? data : null;
  return {
    version: row.version,
    dataVersion: usable ? row.dataVersion : null,
    data: usable,
    current: usable !== null && row.dataVersion === row.version,
    computedAt: row.computedAt,
    error: row.error,
  };
}
