import { dataAsOf, datesAfter } from "./as-of";
import { QUALIFIED_FROM_STAGE } from "./default-stages";
import { dealMetrics, type DealMetrics } from "./deal-metrics";
import {
  keyPersonDependence,
  ownerConversionSpread,
  sourceQuality,
  staleDeals,
  type ConversionSpread,
  type OwnerShare,
  type SourceQuality,
  type StaleDealsResult,
} from "./risk-metrics";
import { stageMetrics, type StageMetrics } from "./stage-metrics";
import type { PipelineData } from "./types";
import { trendStart, velocityTrend, type VelocityMonth } from "./velocity-trend";

export type PipelineFigures = {
  /** The data's own date; null when the data holds no dates. */
  asOf: Date | null;
  stages: StageMetrics[];
  deals: DealMetrics;
  trend: VelocityMonth[];
  sources: SourceQuality[];
  owners: OwnerShare[];
  topByWonRevenue: OwnerShare | null;
  topByOpenValue: OwnerShare | null;
  ownerSpread: ConversionSpread[];
  stale: StaleDealsResult;
  findings: {
    /** Dates later than the as-of date (only when an export date was given). */
    datesAfterAsOf: number;
    undatedStays: number;
    outOfOrderStays: number;
  };
};

/**
 * Every figure the dashboards and `pipeline:report` show, as the reference defines them, as of
 * the data's own date unless `asOf` (an export date the user gave) says otherwise.
 */
export function pipelineFigures(
  data: PipelineData,
  options: { asOf?: Date | null; staleMultiple?: number; qualifiedFrom?: string } = {},
): PipelineFigures {
  const asOf = options.asOf ?? dataAsOf(data);
  const qualifiedFrom = options.qualifiedFrom ?? QUALIFIED_FROM_STAGE;
  const stages = stageMetrics(data);
  const deals = dealMetrics(data, qualifiedFrom);
  const keyPerson = keyPersonDependence(data);
  return {
    asOf,
    stages,
    deals,
    trend: asOf ? velocityTrend(data, trendStart(asOf), asOf, qualifiedFrom) : [],
    sources: sourceQuality(data),
    owners: keyPerson.owners,
    topByWonRevenue: keyPerson.topByWonRevenue,
    topByOpenValue: keyPerson.topByOpenValue,
    ownerSpread: ownerConversionSpread(data),
    stale: asOf
      ? staleDeals(data, asOf, options.staleMultiple ?? 2, {
          stages,
          medianCycleDays: deals.medianCycleDays,
        })
      : { deals: [], unjudged: 0 },
    findings: {
      datesAfterAsOf: asOf ? datesAfter(data, asOf) : 0,
      undatedStays: stages.reduce((n, s) => n + s.undatedStays, 0),
      outOfOrderStays: stages.reduce((n, s) => n + s.outOfOrderStays, 0),
    },
  };
}
