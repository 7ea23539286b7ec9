import type { FractureKey } from "@/lib/domain/diagnostic";
import { claimedVsMeasured, type ClaimedVsMeasured } from "./claimed-vs-measured";
import { combineScores, type CombinedScores } from "./combine-scores";
import { measuredFigures, type MeasuredFigures } from "./measured-figures";
import { perceptionGaps, type PerceptionGaps } from "./perception-gaps";
import { priceFractures, type FracturePrice } from "./price-fractures";
import { scoreRespondent } from "./score-respondent";
import type { PipelineFigures, RespondentScore, SnapshotBank, SnapshotRespondent } from "./types";

export type PipelineAnalysis = {
  figures: PipelineFigures;
  measured: MeasuredFigures;
  claims: ClaimedVsMeasured;
  prices: Record<FractureKey, FracturePrice | null>;
};

export type SnapshotAnalysis = {
  version: string;
  respondents: RespondentScore[];
  combined: CombinedScores;
  perception: PerceptionGaps;
  /** Null when no pipeline data was given: nothing is measured, nothing priced. */
  pipeline: PipelineAnalysis | null;
};

/**
 * Everything the assessment says, computed once. Throws a ZodError when any response does not
 * fit the bank, and an Error when there are no respondents.
 */
export function analyzeSnapshot(
  bank: SnapshotBank,
  respondents: SnapshotRespondent[],
  pipeline: PipelineFigures | null = null,
): SnapshotAnalysis {
  const scores = respondents.map((r) => scoreRespondent(bank, r));
  return {
    version: bank.version,
    respondents: scores,
    combined: combineScores(scores),
    perception: perceptionGaps(bank, respondents),
    pipeline: pipeline && {
      figures: pipeline,
      measured: measuredFigures(pipeline),
      claims: claimedVsMeasured(bank, respondents, pipeline),
      prices: priceFractures(pipeline),
    },
  };
}
