import {
  FRACTURES,
  primaryOf,
  type FractureKey,
  type FractureScore,
} from "@/lib/domain/diagnostic";
import type { RespondentScore } from "./types";

export type CombinedScores = {
  /** In chain order: each fracture's mean score across respondents. */
  fractures: FractureScore[];
  /** Costliest first; ties go upstream. */
  ranked: FractureScore[];
  primary: FractureKey | null;
  respondents: number;
};

/** Costliest first; ties go upstream, where a break carries into every link below it. */
export function rankFractures(fractures: FractureScore[]): FractureScore[] {
  return [...fractures].sort(
    (a, b) => b.score - a.score || FRACTURES.indexOf(a.key) - FRACTURES.indexOf(b.key),
  );
}

/** Mean of a fracture's score over the given respondents, rounded; null when there are none. */
export function meanScore(scores: RespondentScore[], key: FractureKey): number | null {
  if (scores.length === 0) return null;
  const sum = scores.reduce((s, r) => s + (r.fractures.find((f) => f.key === key)?.score ?? 0), 0);
  return Math.round(sum / scores.length);
}

/**
 * The company's scores: every respondent counts once, whatever the role, so a team that sends
 * two sales leaders weighs sales' view twice. Role-by-role views are in the perception gaps.
 */
export function combineScores(scores: RespondentScore[]): CombinedScores {
  if (scores.length === 0) throw new Error("A Snapshot needs at least one respondent to score.");
  const fractures = FRACTURES.map((key) => ({ key, score: meanScore(scores, key)! }));
  return {
    fractures,
    ranked: rankFractures(fractures),
    primary: primaryOf(fractures),
    respondents: scores.length,
  };
}
