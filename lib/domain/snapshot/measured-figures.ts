import { QUALIFIED_FROM_STAGE, ratio, type OwnerShare } from "@/lib/domain/pipeline";
import type { PipelineFigures } from "./types";

/** The owner label the pipeline module gives deals without one; not a person who could leave. */
const UNASSIGNED = "Unassigned";
/** The source label the pipeline module gives deals without one. */
const UNKNOWN_SOURCE = "Unknown";

export type MeasuredFigures = {
  winRate: number | null;
  /** Conversion of the stage just before the qualified stage: the marketing-to-sales handoff. */
  handoff: { stage: string; label: string; conversionRate: number; entered: number } | null;
  /** The named owner carrying the largest share of open pipeline or won revenue. */
  topOwner: { owner: string; share: number; of: "open pipeline" | "won revenue" } | null;
  /** Share of won revenue with a recorded lead source. */
  attributedRevenueShare: number | null;
  coverageRatio: number | null;
  staleShare: number | null;
};

/**
 * The stage that hands over to sales. Stages arrive in pipeline order, so it is the one right
 * before the qualified stage (MQL, with the default stages).
 */
function handoffOf(pipeline: PipelineFigures): MeasuredFigures["handoff"] {
  const qualified = pipeline.stages.findIndex((s) => s.key === QUALIFIED_FROM_STAGE);
  const stage = qualified > 0 ? pipeline.stages[qualified - 1] : undefined;
  if (!stage || stage.conversionRate === null || stage.entered === 0) return null;
  return {
    stage: stage.key,
    label: stage.label,
    conversionRate: stage.conversionRate,
    entered: stage.entered,
  };
}

function topOwnerOf(owners: OwnerShare[]): MeasuredFigures["topOwner"] {
  let best: MeasuredFigures["topOwner"] = null;
  for (const o of owners) {
    if (o.owner === UNASSIGNED) continue;
    const candidates = [
      { share: o.openValueShare, of: "open pipeline" as const },
      { share: o.wonRevenueShare, of: "won revenue" as const },
    ];
    for (const c of candidates) {
      if (c.share !== null && (best === null || c.share > best.share)) {
        best = { owner: o.owner, share: c.share, of: c.of };
      }
    }
  }
  return best;
}

/** The figures the Snapshot reads from a pipeline; each is null when the data cannot give it. */
export function measuredFigures(pipeline: PipelineFigures): MeasuredFigures {
  const sources = pipeline.sources ?? [];
  const wonRevenue = sources.reduce((s, r) => s + r.wonRevenue, 0);
  const attributed = sources
    .filter((r) => r.source !== UNKNOWN_SOURCE)
    .reduce((s, r) => s + r.wonRevenue, 0);
  return {
    winRate: pipeline.deals.winRate,
    handoff: handoffOf(pipeline),
    topOwner: topOwnerOf(pipeline.owners),
    attributedRevenueShare: pipeline.sources ? ratio(attributed, wonRevenue) : null,
    coverageRatio: pipeline.coverageRatio ?? null,
    staleShare: pipeline.staleShare ?? null,
  };
}
