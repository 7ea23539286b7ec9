import type { PipelineFilters } from "@/lib/domain/pipeline";
import { queryCoverage } from "@/lib/data/pipeline/query-coverage";
import { filteredPipelineMetrics } from "@/lib/data/pipeline/filtered-pipeline-metrics";
import { queryStaleDeals } from "@/lib/data/pipeline/query-stale-deals";
import { pipelineSummary } from "@/lib/data/pipeline/pipeline-summary";

/** Stale deals listed on the dashboard; the count covers them all. */
const STALE_SHOWN = 25;

/**
 * Everything the pipeline dashboard shows, over every row. The whole-pipeline figures come from
 * the stored summary (computed once per import); filtered stage and deal figures are computed on
 * a filter's first view and stored until the next import; coverage and stale deals are read
 * live, since they move with the date.
 */
export async function loadPipelineDashboard(
  organizationId: string,
  filters: PipelineFilters,
  asOf: Date,
  staleMultiple = 2,
) {
  const summary = await pipelineSummary(organizationId, asOf);
  const filtered = Object.values(filters).some((v) => v !== undefined);
  const [metrics, coverage, stale] = await Promise.all([
    filtered ? filteredPipelineMetrics(organizationId, filters) : summary,
    queryCoverage(organizationId, asOf),
    queryStaleDeals(organizationId, {
      asOf,
      multiple: staleMultiple,
      stages: summary.stages,
      limit: STALE_SHOWN,
      filters,
    }),
  ]);
  return {
    stages: metrics.stages,
    deals: metrics.deals,
    trend: summary.trend,
    coverage,
    sources: summary.sources,
    owners: summary.owners,
    ownerSpread: summary.ownerSpread ?? [],
    stale: stale.deals,
    staleCount: stale.total,
    choices: summary.choices,
    computedAt: new Date(summary.asOf),
  };
}

export type PipelineDashboard = Awaited<ReturnType<typeof loadPipelineDashboard>>;
