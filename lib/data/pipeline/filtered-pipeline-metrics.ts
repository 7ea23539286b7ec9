import { withTenant } from "@/lib/db";
import type { DealMetrics, PipelineFilters, StageMetrics } from "@/lib/domain/pipeline";
import { queryPipelineMetrics } from "./query-pipeline-metrics";
import { filterKey } from "@/lib/domain/pipeline";

type FilteredMetrics = { stages: StageMetrics[]; deals: DealMetrics };

/**
 * Stage and deal figures under dashboard filters: the stored ones when this combination was
 * viewed since the last import, otherwise computed over every row and stored (or, with
 * `storedOnly`, null: the caller has the computing done elsewhere). The data only
 * changes through an import, which bumps the summary's version and deletes these rows, so a stored
 * result is never stale.
 */
export async function filteredPipelineMetrics(
  organizationId: string,
  filters: PipelineFilters,
  options: { storedOnly?: boolean } = {},
): Promise<FilteredMetrics | null> {
  const key = filterKey(filters);
  const { version, cached } = await withTenant(organizationId, async (tx) => {
    const summary = await tx.pipelineSummary.findUnique({
      where: { organizationId },
      select: { version: true },
    });
    const version = summary?.version ?? 0;
    const row = await tx.pipelineFilteredMetrics.findFirst({
      where: { organizationId, filterKey: key, version },
      select: { data: true },
    });
    return { version, cached: row?.data as FilteredMetrics | undefined };
  });
  if (cached) return cached;
  if (options.storedOnly) return null;
  const metrics = await queryPipelineMetrics(organizationId, filters);
  // Its own transaction: a page reading in one shared transaction must not depend on this write.
  await withTenant(
    organizationId,
    async (tx) => {
      // Kept only if no import changed the data while the figures were computed.
      const current = await tx.pipelineSummary.findUnique({
        where: { organizationId },
        select: { version: true },
      });
      if ((current?.version ?? 0) !== version) return;
      await tx.pipelineFilteredMetrics.upsert({
        where: { organizationId_filterKey: { organizationId, filterKey: key } },
        create: { organizationId, filterKey: key, version, data: metrics },
        update: { version, data: metrics, computedAt: new Date() },
      });
    },
    { ownTransaction: true },
  );
  return metrics;
}
