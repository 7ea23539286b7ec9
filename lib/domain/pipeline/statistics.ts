/**
 * Summary statistics with the same definitions Postgres uses, so the SQL aggregates can be
 * checked against these: percentiles interpolate linearly between the two nearest values, as
 * percentile_cont does.
 */

export function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

export function percentile(values: number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * fraction;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower]!;
  const high = sorted[upper]!;
  return low + (high - low) * (position - lower);
}

export function median(values: number[]): number | null {
  return percentile(values, 0.5);
}

export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}

/**
 * Pipeline velocity, revenue per day: qualified opportunities × average deal value × win rate /
 * average sales cycle in days. Null when a factor is unknown or the cycle is zero.
 */
export function velocityPerDay(factors: {
  qualifiedCount: number;
  averageDealValue: number | null;
  winRate: number | null;
  averageCycleDays: number | null;
}): number | null {
  const { qualifiedCount, averageDealValue, winRate, averageCycleDays } = factors;
  if (winRate === null || averageDealValue === null || !averageCycleDays) return null;
  return (qualifiedCount * averageDealValue * winRate) / averageCycleDays;
}
