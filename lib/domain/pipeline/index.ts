/**
 * Pipeline metrics, the reference implementation: plain functions over plain data, exactly as
 * DOMAIN.md defines them. The SQL aggregates that compute the same figures over a whole tenant
 * are tested against these on generated data.
 */
export { DEFAULT_STAGES, QUALIFIED_FROM_STAGE } from "./default-stages";
export { coverageRatio, cycleDays, dealMetrics, type DealMetrics } from "./deal-metrics";
export { filterKey, filterPipeline, type PipelineFilters } from "./filters";
export {
  byCodeUnits,
  keyPersonDependence,
  ownerConversionSpread,
  rankOwners,
  sourceQuality,
  staleDeals,
  type ConversionSpread,
  type OwnerShare,
  type SourceQuality,
  type StaleDeal,
  type StaleDealsResult,
} from "./risk-metrics";
export { stageMetrics, type StageMetrics } from "./stage-metrics";
export {
  currentStages,
  eventsByOpportunity,
  opportunityIndex,
  primeIndexes,
  stageIndex,
  stageVisits,
  stayDays,
  type StageVisit,
} from "./stage-visits";
export { dataAsOf, datesAfter } from "./as-of";
export { pipelineFigures, type PipelineFigures } from "./figures";
export { planDealBatch, planHistory, type DealWrite, type StoredDeal } from "./plan-import";
export {
  historyPath,
  movesSince,
  openedAt,
  pathFromRow,
  stageSet,
  type PathInput,
  type StoredPosition,
} from "./paths";
export { generatePipeline, type GenerateOptions } from "./generate";
export { hubspotDealsCsv, salesforceCsv } from "./export-csv";
export { DAY_MS, daysBetween, mean, median, percentile, ratio, velocityPerDay } from "./statistics";
export {
  TREND_MONTHS,
  stageAt,
  trendStart,
  velocityTrend,
  type VelocityMonth,
} from "./velocity-trend";
export type {
  Opportunity,
  OpportunityStatus,
  PipelineData,
  StageDefinition,
  StageEvent,
  StageKind,
} from "./types";
