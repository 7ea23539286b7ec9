import { FRACTURES, type FractureKey } from "./fractures";
import type { FractureScore } from "./types";

/**
 * The fewest results a cohort must hold before a page compares anyone with it. The refresh
 * (app_refresh_diagnostic_benchmarks in the diagnostic_benchmarks migration) stores no smaller
 * cohort, so the two must agree.
 */
export const MIN_COHORT_RESULTS = 30;

/** The cohort every result falls in, whatever context it gave. */
export const ALL_COHORT = "all";

export type Cohort = {
  /** How the aggregate names it: "all", "<vertical>" or "<vertical>/<revenueBand>". */
  key: string;
  vertical: string | null;
  revenueBand: string | null;
};

/** One cohort's scores for one fracture: `counts[s]` results scored s (0–100). */
export type ScoreDistribution = { results: number; counts: readonly number[] };

/** What the aggregate holds for one question set: cohort key → fracture → distribution. */
export type BenchmarkTable = ReadonlyMap<string, ReadonlyMap<FractureKey, ScoreDistribution>>;

export type PeerPercentile = { key: FractureKey; score: number; percentile: number };

export type PeerComparison =
  | { cohort: Cohort & { results: number }; fractures: PeerPercentile[] }
  | { cohort: null; fractures: [] };

/**
 * The cohorts a result may be compared with, narrowest first: its industry and revenue band,
 * its industry alone, then every result. A cohort needs the context it is named after.
 */
export function cohortsFor(context: {
  vertical: string | null;
  revenueBand: string | null;
}): Cohort[] {
  const { vertical, revenueBand } = context;
  const cohorts: Cohort[] = [];
  if (vertical && revenueBand)
    cohorts.push({ key: `${vertical}/${revenueBand}`, vertical, revenueBand });
  if (vertical) cohorts.push({ key: vertical, vertical, revenueBand: null });
  cohorts.push({ key: ALL_COHORT, vertical: null, revenueBand: null });
  return cohorts;
}

/**
 * Where `score` stands in a distribution, 0–100: the share of the cohort's scores strictly
 * below it plus half the share equal to it (so a cohort that all scored the same puts everyone
 * at 50), rounded to a whole number. Scores are leak scores: a higher percentile means the
 * fracture leaks more than in most of the cohort.
 */
export function percentileOf(distribution: ScoreDistribution, score: number): number {
  const { counts, results } = distribution;
  if (results <= 0) throw new RangeError("An empty cohort has no percentiles.");
  const s = Math.min(100, Math.max(0, Math.round(score)));
  let below = 0;
  for (let i = 0; i < s; i++) below += counts[i] ?? 0;
  const ties = counts[s] ?? 0;
  return Math.round((100 * (below + ties / 2)) / results);
}

/** The narrowest cohort holding at least MIN_COHORT_RESULTS results for every fracture. */
export function chooseCohort(
  cohorts: readonly Cohort[],
  table: BenchmarkTable,
): (Cohort & { results: number }) | null {
  for (const cohort of cohorts) {
    const byFracture = table.get(cohort.key);
    if (!byFracture) continue;
    const sizes = FRACTURES.map((key) => byFracture.get(key)?.results ?? 0);
    const results = Math.min(...sizes);
    if (results >= MIN_COHORT_RESULTS) return { ...cohort, results };
  }
  return null;
}

/** Each fracture's percentile in the narrowest cohort large enough, or no cohort at all. */
export function compareWithPeers(
  context: { vertical: string | null; revenueBand: string | null },
  scores: readonly FractureScore[],
  table: BenchmarkTable,
): PeerComparison {
  const cohort = chooseCohort(cohortsFor(context), table);
  if (!cohort) return { cohort: null, fractures: [] };
  const byFracture = table.get(cohort.key)!;
  return {
    cohort,
    fractures: scores.map(({ key, score }) => ({
      key,
      score,
      percentile: percentileOf(byFracture.get(key)!, score),
    })),
  };
}
