import type { FractureKey } from "@/lib/domain/diagnostic";

export type VelocityFactors = {
  qualifiedCount: number;
  averageDealValue: number | null;
  winRate: number | null;
  averageCycleDays: number | null;
};

export type VelocityFactor = keyof VelocityFactors;

/**
 * The velocity factor each fracture mostly drags. Velocity is qualified opportunities × deal
 * value × win rate ÷ cycle days, so each repair is priced as one factor lifted with the others
 * held still; the prices of different fractures overlap and are never added up.
 */
export const FRACTURE_LEVERS: Record<FractureKey, { factor: VelocityFactor; lever: string }> = {
  POSITIONING: { factor: "averageDealValue", lever: "average deal value" },
  MARKETING: { factor: "qualifiedCount", lever: "pipeline coverage" },
  MESSAGING: { factor: "winRate", lever: "win rate" },
  RELATIONSHIPS: { factor: "averageCycleDays", lever: "average sales cycle" },
  SILOS: { factor: "qualifiedCount", lever: "MQL to SQL conversion" },
};

/** Why a list of fracture prices has no total, in one line. */
export const NOT_ADDED_REASON =
  "Each figure lifts one part of the same pipeline with the rest held still, so the figures overlap: they are not added into one total.";
