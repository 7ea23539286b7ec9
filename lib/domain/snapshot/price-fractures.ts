import { FRACTURES, type FractureKey } from "@/lib/domain/diagnostic";
import { velocityPerDay } from "@/lib/domain/pipeline";
import {
  addedPerQuarter,
  FRACTURE_LEVERS,
  perQuarter,
  type VelocityFactor,
  type VelocityFactors,
} from "@/lib/domain/pricing";
import { SNAPSHOT_BENCHMARKS, type BenchmarkKey } from "./benchmarks";
import { formatDays, formatMoney, formatMultiple, formatPercent } from "./format-figures";
import { measuredFigures } from "./measured-figures";
import type { PipelineFigures } from "./types";

export type { VelocityFactor };

/**
 * The velocity factor each fracture mostly drags (shared with the diagnostic's pricing), and the
 * figure that has to move. Velocity is qualified opportunities × deal value × win rate ÷ cycle
 * days, so each repair is priced as one factor lifted with the others held still; prices are not
 * additive across fractures.
 */
export const PRICE_LEVERS: Record<
  FractureKey,
  { factor: VelocityFactor; lever: string; benchmark: BenchmarkKey; needs: string }
> = {
  POSITIONING: {
    ...FRACTURE_LEVERS.POSITIONING,
    benchmark: "positioningDealValueLift",
    needs: "won deals with amounts",
  },
  MARKETING: {
    ...FRACTURE_LEVERS.MARKETING,
    benchmark: "coverageRatio",
    needs: "a revenue target for the period, to compute coverage",
  },
  MESSAGING: {
    ...FRACTURE_LEVERS.MESSAGING,
    benchmark: "winRate",
    needs: "closed deals, to compute a win rate",
  },
  RELATIONSHIPS: {
    ...FRACTURE_LEVERS.RELATIONSHIPS,
    benchmark: "relationshipCycleCut",
    needs: "won deals with close dates, to compute the cycle",
  },
  SILOS: {
    ...FRACTURE_LEVERS.SILOS,
    benchmark: "mqlToSqlConversion",
    needs: "opportunities recorded at the stage before qualified",
  },
};

export type FracturePrice = {
  key: FractureKey;
  factor: VelocityFactor;
  lever: string;
  /** The lever's measured value and the value priced (a rate, a multiple, dollars or days). */
  from: number;
  to: number;
  /** Revenue per quarter the pipeline produces now, at measured velocity. */
  currentPerQuarter: number;
  /** What the lift adds per quarter; 0 when the lever already meets the benchmark. */
  addedPerQuarter: number;
  /** The assumption in one sentence, with its numbers. */
  assumption: string;
};

type Lift = {
  from: number;
  to: number;
  factors: VelocityFactors;
  lifted: string;
  unchanged: string;
};

function liftFor(key: FractureKey, base: VelocityFactors, pipeline: PipelineFigures): Lift | null {
  const m = measuredFigures(pipeline);
  const b = SNAPSHOT_BENCHMARKS;
  const scaleQualified = (from: number, to: number) => {
    const factor = Math.max(from, to) / from;
    return { ...base, qualifiedCount: base.qualifiedCount * factor };
  };
  const qualified = (factors: VelocityFactors) =>
    `qualified opportunities grew in step, from ${base.qualifiedCount} to ${Math.round(factors.qualifiedCount)}`;
  switch (key) {
    case "MESSAGING": {
      const from = base.winRate!;
      const to = b.winRate.value;
      return {
        from,
        to,
        factors: { ...base, winRate: Math.max(from, to) },
        lifted: `the win rate rose from ${formatPercent(from)} to ${formatPercent(to)}`,
        unchanged: `The win rate is already ${formatPercent(from)}, at or above the ${formatPercent(to)} benchmark`,
      };
    }
    case "SILOS": {
      if (!m.handoff || m.handoff.conversionRate === 0) return null;
      const from = m.handoff.conversionRate;
      const to = b.mqlToSqlConversion.value;
      const factors = scaleQualified(from, to);
      return {
        from,
        to,
        factors,
        lifted: `conversion from ${m.handoff.label} onwards rose from ${formatPercent(from)} to ${formatPercent(to)} and ${qualified(factors)}`,
        unchanged: `Conversion from ${m.handoff.label} onwards is already ${formatPercent(from)}, at or above the ${formatPercent(to)} benchmark`,
      };
    }
    case "MARKETING": {
      if (!m.coverageRatio) return null;
      const from = m.coverageRatio;
      const to = b.coverageRatio.value;
      const factors = scaleQualified(from, to);
      return {
        from,
        to,
        factors,
        lifted: `pipeline coverage rose from ${formatMultiple(from)} to ${formatMultiple(to)} and ${qualified(factors)}`,
        unchanged: `Pipeline coverage is already ${formatMultiple(from)}, at or above the ${formatMultiple(to)} benchmark`,
      };
    }
    case "POSITIONING": {
      const from = base.averageDealValue!;
      const to = from * (1 + b.positioningDealValueLift.value);
      return {
        from,
        to,
        factors: { ...base, averageDealValue: to },
        lifted: `average deal value rose ${formatPercent(b.positioningDealValueLift.value)}, from ${formatMoney(from)} to ${formatMoney(to)}`,
        unchanged: "",
      };
    }
    case "RELATIONSHIPS": {
      const from = base.averageCycleDays!;
      const to = from * (1 - b.relationshipCycleCut.value);
      return {
        from,
        to,
        factors: { ...base, averageCycleDays: to },
        lifted: `the average sales cycle shortened ${formatPercent(b.relationshipCycleCut.value)}, from ${formatDays(from)} to ${formatDays(to)}`,
        unchanged: "",
      };
    }
  }
}

/**
 * Each fracture in money: the revenue per quarter (91 days) that lifting its velocity factor
 * from the measured value to the benchmark would add. Null for a fracture whose figure the
 * pipeline cannot give, and for all of them when velocity itself is unknown.
 */
export function priceFractures(
  pipeline: PipelineFigures | null,
): Record<FractureKey, FracturePrice | null> {
  const out = Object.fromEntries(FRACTURES.map((k) => [k, null])) as Record<
    FractureKey,
    FracturePrice | null
  >;
  if (!pipeline) return out;
  const base: VelocityFactors = {
    qualifiedCount: pipeline.deals.qualifiedCount,
    averageDealValue: pipeline.deals.averageDealValue,
    winRate: pipeline.deals.winRate,
    averageCycleDays: pipeline.deals.averageCycleDays,
  };
  const current = velocityPerDay(base);
  if (current === null) return out;

  for (const key of FRACTURES) {
    const lift = liftFor(key, base, pipeline);
    if (!lift) continue;
    const lifted = velocityPerDay(lift.factors)!;
    const added = addedPerQuarter(current, lifted);
    out[key] = {
      key,
      factor: PRICE_LEVERS[key].factor,
      lever: PRICE_LEVERS[key].lever,
      from: lift.from,
      to: lift.to,
      currentPerQuarter: perQuarter(current),
      addedPerQuarter: added,
      assumption:
        added > 0 || !lift.unchanged
          ? `If ${lift.lifted}, with the other velocity factors unchanged, the pipeline would produce about ${formatMoney(added)} more revenue per quarter.`
          : `${lift.unchanged}, so no gain is priced here.`,
    };
  }
  return out;
}
