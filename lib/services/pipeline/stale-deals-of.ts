import type { PipelineSummaryData } from "@/lib/data/pipeline/pipeline-summary-data";
import { queryStaleDeals } from "@/lib/data/pipeline/query-stale-deals";
import type { PipelineFilters } from "@/lib/domain/pipeline";

/**
 * Stale deals against a summary's yardsticks (each stage's median stay, the median won cycle), as
 * of the data's own date unless told otherwise. Largest stall ratio first.
 */
export function staleDealsOf(
  organizationId: string,
  summary: PipelineSummaryData,
  options: {
    limit: number;
    offset?: number;
    multiple?: number;
    asOf?: Date;
    filters?: PipelineFilters;
  },
) {
  const asOf = options.asOf ?? (summary.asOf ? new Date(summary.asOf) : null);
  if (!asOf) return Promise.resolve({ deals: [], total: 0, unjudged: 0 });
  return queryStaleDeals(organizationId, {
    asOf,
    multiple: options.multiple ?? 2,
    stages: summary.stages,
    medianCycleDays: summary.deals.medianCycleDays,
    limit: options.limit,
    offset: options.offset,
    filters: options.filters,
  });
}
