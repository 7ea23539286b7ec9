import { withTenant } from "@/lib/db";
import type {
  ConversionSpread,
  DealMetrics,
  OwnerShare,
  SourceQuality,
  StageMetrics,
  VelocityMonth,
} from "@/lib/domain/pipeline";
import { queryOwnerConversionSpread } from "./query-owner-spread";
import { queryPipelineMetrics } from "./query-pipeline-metrics";
import { queryRiskMetrics } from "./query-risk-metrics";
import { queryVelocityTrend } from "./query-velocity-trend";
import { trendStart } from "@/lib/domain/pipeline";
import { queryFilterChoices } from "./query-filter-choices";

export type PipelineSummaryData = {
  /** When the figures were computed; the trend ends in this month. */
  asOf: string;
  stages: StageMetrics[];
  deals: DealMetrics;
  trend: VelocityMonth[];
  sources: SourceQuality[];
  owners: OwnerShare[];
  /** Per stage, each owner's conversion and the gap between the best and the worst. */
  ownerSpread: ConversionSpread[];
  choices: { owners: string[]; sources: string[]; segments: string[] };
};

/**
 * The whole-pipeline figures: stored ones while the data is unchanged, otherwise computed over
 * every row and stored, unless an import changed the data meanwhile (then they are returned
 * but not kept).
 */
export async function pipelineSummary(
  organizationId: string,
  asOf = new Date(),
): Promise<PipelineSummaryData> {
  const stored = await withTenant(organizationId, (tx) =>
    tx.pipelineSummary.findUnique({ where: { organizationId } }),
  );
  if (stored?.data) return stored.data as PipelineSummaryData;
  const version = stored?.version ?? 0;
  const [metrics, trend, risk, ownerSpread, choices] = await Promise.all([
    queryPipelineMetrics(organizationId),
    queryVelocityTrend(organizationId, trendStart(asOf), asOf),
    queryRiskMetrics(organizationId),
    queryOwnerConversionSpread(organizationId),
    queryFilterChoices(organizationId),
  ]);
  const data: PipelineSummaryData = {
    asOf: asOf.toISOString(),
    ...metrics,
    trend,
    sources: risk.sources,
    owners: risk.owners,
    ownerSpread,
    choices,
  };
  await withTenant(organizationId, async (tx) => {
    if (stored) {
      await tx.pipelineSummary.updateMany({
        where: { organizationId, version },
        data: { data, computedAt: asOf },
      });
    } else {
      await tx.pipelineSummary.createMany({
        data: [{ organizationId, version: 0, data, computedAt: asOf }],
        skipDuplicates: true,
      });
    }
  });
  return data;
}
