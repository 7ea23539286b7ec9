import { queryCoverage } from "@/lib/data/pipeline/query-coverage";
import { staleDealsOf } from "@/lib/services/pipeline/stale-deals-of";
import { ensurePipelineSummary } from "@/lib/services/pipeline/pipeline-summary";
import type { PipelineFigures } from "@/lib/domain/snapshot";

/**
 * The company's pipeline as the Snapshot's analysis reads it, or null when nothing has been
 * imported (the assessment then says what it could not measure).
 */
export async function snapshotPipelineFigures(
  organizationId: string,
): Promise<PipelineFigures | null> {
  const summary = await ensurePipelineSummary(organizationId);
  const { deals } = summary;
  if (deals.won + deals.lost + deals.open === 0 || !summary.asOf) return null;
  const asOf = new Date(summary.asOf);
  const [coverage, stale] = await Promise.all([
    queryCoverage(organizationId, asOf),
    staleDealsOf(organizationId, summary, { limit: 1 }),
  ]);
  return {
    deals,
    stages: summary.stages,
    owners: summary.owners,
    sources: summary.sources,
    coverageRatio: coverage?.ratio ?? null,
    staleShare: deals.open > 0 ? stale.total / deals.open : null,
  };
}

/** Whether a Snapshot closed now would have pipeline figures to measure and price against. */
export async function hasPipelineData(organizationId: string): Promise<boolean> {
  const summary = await ensurePipelineSummary(organizationId);
  const { deals } = summary;
  return deals.won + deals.lost + deals.open > 0 && Boolean(summary.asOf);
}
