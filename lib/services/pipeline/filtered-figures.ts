import { filteredPipelineMetrics } from "@/lib/data/pipeline/filtered-pipeline-metrics";
import { filterKey, type PipelineFilters } from "@/lib/domain/pipeline";
import { enqueueFilteredMetrics, type ZFilteredMetricsJobData } from "@/lib/jobs/queue";
import { log } from "@/lib/log";
import type { z } from "zod";

/**
 * Up to this many deals, a filter combination nobody has viewed since the import is computed
 * while the page waits; above it, by a job while the page says so. First views measured on
 * 2026-12-01 (docs/benchmarks.md): about 0.3 s at 2,400 deals, 4.0 s at 400,000 — about 10 µs
 * a deal, so 25,000 deals stay near a quarter of a second.
 */
export const INLINE_FILTER_DEALS = 25_000;

/**
 * The stage and deal figures under `filters`: stored, computed now (small pipelines), or null
 * while a job computes them (large ones).
 */
export async function filteredFigures(
  organizationId: string,
  filters: PipelineFilters,
  allDeals: number,
) {
  if (allDeals <= INLINE_FILTER_DEALS) return filteredPipelineMetrics(organizationId, filters);
  const stored = await filteredPipelineMetrics(organizationId, filters, { storedOnly: true });
  if (stored) return stored;
  await enqueueFilteredMetrics({
    organizationId,
    filterKey: filterKey(filters),
    filters: {
      from: filters.from?.toISOString(),
      to: filters.to?.toISOString(),
      owner: filters.owner,
      source: filters.source,
      segment: filters.segment,
    },
  }).catch((error: unknown) =>
    log.error({ err: error, organizationId }, "filtered figures could not be queued"),
  );
  return null;
}

/** The job: compute and store one combination's figures (a second run finds them stored). */
export async function computeFilteredFigures(job: z.infer<typeof ZFilteredMetricsJobData>) {
  const date = (d: string | undefined) => (d ? new Date(d) : undefined);
  await filteredPipelineMetrics(job.organizationId, {
    ...job.filters,
    from: date(job.filters.from),
    to: date(job.filters.to),
  });
}
