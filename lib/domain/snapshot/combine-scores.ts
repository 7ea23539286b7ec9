import {
  FRACTURES,
  primaryOf,
  type FractureKey,
  type FractureScore,
} from "@/lib/domain/diagnostic";
import { costliestOf, type Costliest } from "./costliest";
import type { RespondentScore } from "./types";

export type CombinedScores = {
  /** In chain order: each fracture's mean score across respondents. */
  fractures: FractureScore[];
  /** Costliest first; ties go upstream. */
  ranked: FractureScore[];
  /** The top fracture above the line, ties upstream: where the ranking and the plan start. */
  primary: FractureKey | null;
  /** What the report may call the costliest: one fracture, or several too close to call. */
  costliest: Costliest;
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
    costliest: costliestOf(fractures),
    respondents: scores.length,
  };
}
