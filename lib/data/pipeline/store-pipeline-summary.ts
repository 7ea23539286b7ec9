import { withTenant } from "@/lib/db";
import type { PipelineSummaryData } from "./pipeline-summary-data";

/**
 * Keep freshly computed figures as those of `version`, unless the data changed meanwhile (then a
 * newer computation is on its way and these are dropped). Returns whether they were kept.
 */
export async function storePipelineSummary(
  organizationId: string,
  version: number,
  data: PipelineSummaryData,
): Promise<boolean> {
  const { count } = await withTenant(organizationId, (tx) =>
    tx.pipelineSummary.updateMany({
      where: { organizationId, version },
      data: { data, dataVersion: version, computedAt: new Date(data.computedAt), error: null },
    }),
  );
  return count > 0;
}
