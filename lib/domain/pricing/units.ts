/**
 * The one unit every price is given in: revenue per quarter. Velocity is revenue per day, and a
 * quarter is priced as 91 days; an annual revenue becomes a daily one over 365 days.
 */
export const QUARTER_DAYS = 91;
export const YEAR_DAYS = 365;

/** Revenue per day → revenue per quarter. */
export function perQuarter(perDay: number): number {
  return perDay * QUARTER_DAYS;
}

/** Annual revenue → revenue per quarter, in the same 91-day quarter as velocity. */
export function annualToQuarter(annual: number): number {
  return perQuarter(annual / YEAR_DAYS);
}

/**
 * What a lift adds per quarter: the lifted velocity less the current one, never negative (a
 * factor already at its benchmark adds nothing rather than costing money).
 */
export function addedPerQuarter(currentPerDay: number, liftedPerDay: number): number {
  return Math.max(0, perQuarter(liftedPerDay - currentPerDay));
}
