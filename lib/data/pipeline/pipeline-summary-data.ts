import type {
  ConversionSpread,
  DealMetrics,
  OwnerShare,
  SourceQuality,
  StageMetrics,
  VelocityMonth,
} from "@/lib/domain/pipeline";

/** Bumped when the stored figures change shape: older stored figures are recomputed. */
export const SUMMARY_MODEL = 2;

/** The whole-pipeline figures as stored, computed once per change of the data. */
export type PipelineSummaryData = {
  model: typeof SUMMARY_MODEL;
  /** The data's own date (docs/pipeline-model.md): ages and the trend run to it. */
  asOf: string | null;
  computedAt: string;
  stages: StageMetrics[];
  deals: DealMetrics;
  trend: VelocityMonth[];
  sources: SourceQuality[];
  owners: OwnerShare[];
  topByWonRevenue: OwnerShare | null;
  topByOpenValue: OwnerShare | null;
  /** Per stage, each owner's conversion and the gap between the best and the worst. */
  ownerSpread: ConversionSpread[];
  choices: { owners: string[]; sources: string[]; segments: string[] };
};
