import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { withTenant } from "@/lib/db";
import type {
  ConversionSpread,
  DealMetrics,
  OwnerShare,
  SourceQuality,
  StageMetrics,
  VelocityMonth,
} from "@/lib/pipeline";
import { queryOwnerConversionSpread } from "./query-owner-spread";
import { queryPipelineMetrics } from "./query-pipeline-metrics";
import { queryRiskMetrics } from "./query-risk-metrics";
import { queryVelocityTrend } from "./query-velocity-trend";

export const TREND_MONTHS = 12;

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

/** Within an import's transaction: the stored figures no longer hold. */
export async function invalidatePipelineSummary(tx: Tx, organizationId: string) {
  await tx.pipelineSummary.upsert({
    where: { organizationId },
    create: { organizationId, version: 1 },
    update: { version: { increment: 1 }, data: Prisma.DbNull, computedAt: null },
  });
  await tx.pipelineFilteredMetrics.deleteMany({ where: { organizationId } });
}

export function trendStart(asOf: Date) {
  return new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth() - (TREND_MONTHS - 1), 1));
}

async function filterChoices(organizationId: string) {
  const rows = await withTenant(
    organizationId,
    (tx) =>
      tx.$queryRaw<{ kind: string; value: string }[]>`
      select distinct 'owner' as kind, owner as value from "Opportunity"
       where "organizationId" = ${organizationId}::uuid and owner is not null
      union
      select distinct 'source', source from "Opportunity"
       where "organizationId" = ${organizationId}::uuid and source is not null
      union
      select distinct 'segment', segment from "Opportunity"
       where "organizationId" = ${organizationId}::uuid and segment is not null
      order by 1, 2`,
  );
  const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.value);
  return { owners: of("owner"), sources: of("source"), segments: of("segment") };
}

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
    filterChoices(organizationId),
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
