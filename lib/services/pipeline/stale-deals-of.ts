import type { PipelineSummaryData } from "@/lib/data/pipeline/pipeline-summary-data";
import { queryStaleDeals, type StaleDealOrder } from "@/lib/data/pipeline/query-stale-deals";
import type { PipelineFilters } from "@/lib/domain/pipeline";

export type { StaleDealOrder };

/**
 * Stale deals against a summary's yardsticks (each stage's median stay, the median won cycle), as
 * of the data's own date unless told otherwise. Largest stall ratio first unless `order` says
 * otherwise; without a limit, every one of them.
 */
export async function staleDealsOf(
  organizationId: string,
  summary: PipelineSummaryData,
  options: {
    limit?: number;
    offset?: number;
    multiple?: number;
    asOf?: Date;
    filters?: PipelineFilters;
    order?: StaleDealOrder;
  },
) {
  const asOf = options.asOf ?? (summary.asOf ? new Date(summary.asOf) : null);
  if (!asOf) return { deals: [], total: 0, unjudged: 0, offset: 0 };
  const read = (limit: number | undefined, offset: number) =>
    queryStaleDeals(organizationId, {
      asOf,
      multiple: options.multiple ?? 2,
      stages: summary.stages,
      medianCycleDays: summary.deals.medianCycleDays,
      limit,
      offset,
      filters: options.filters,
      order: options.order,
    });
  const offset = options.offset ?? 0;
  const first = await read(options.limit, offset);
  if (first.deals.length > 0 || offset === 0 || !options.limit) return { ...first, offset };
  // Past the end (a link kept from before a threshold or filter change): show the last page.
  const { total } = await read(1, 0);
  if (total === 0) return { ...first, total, offset: 0 };
  const last = Math.floor((total - 1) / options.limit) * options.limit;
  return { ...(await read(options.limit, last)), offset: last };
}
