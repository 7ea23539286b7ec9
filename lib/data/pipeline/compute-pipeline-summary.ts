import { rankOwners, trendStart } from "@/lib/domain/pipeline";
import { SUMMARY_MODEL, type PipelineSummaryData } from "./pipeline-summary-data";
import { queryFilterChoices } from "./query-filter-choices";
import { queryOwnerConversionSpread } from "./query-owner-spread";
import { queryPipelineMetrics } from "./query-pipeline-metrics";
import { queryRiskMetrics } from "./query-risk-metrics";
import { queryVelocityTrend } from "./query-velocity-trend";

/** Every whole-pipeline figure over every row, as of the data's own date. */
export async function computePipelineSummary(
  organizationId: string,
  asOf: Date | null,
): Promise<PipelineSummaryData> {
  const [metrics, trend, risk, ownerSpread, choices] = await Promise.all([
    queryPipelineMetrics(organizationId),
    asOf ? queryVelocityTrend(organizationId, trendStart(asOf), asOf) : Promise.resolve([]),
    queryRiskMetrics(organizationId),
    queryOwnerConversionSpread(organizationId),
    queryFilterChoices(organizationId),
  ]);
  const owners = rankOwners(risk.owners);
  return {
    model: SUMMARY_MODEL,
    asOf: asOf?.toISOString() ?? null,
    computedAt: new Date().toISOString(),
    ...metrics,
    trend,
    sources: risk.sources,
    ...owners,
    ownerSpread,
    choices,
  };
}
