/**
 * Figures as a CEO reads them in prose: "$1.2M", "$340k", "19%", "2.4×". Short forms, since an
 * assessment quotes many numbers and exact cents would hide the point.
 */

/** 1_240_000 → "$1.2M"; 340_400 → "$340k"; 950 → "$950". */
export function formatMoney(value: number): string {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  // Round before choosing the unit, so 999,600 becomes "$1M" rather than "$1000k".
  if (Math.round(abs) < 1000) return `${sign}$${Math.round(abs)}`;
  const thousands = Math.round(abs / 1000);
  if (thousands < 1000) return `${sign}$${thousands}k`;
  const millions = Math.round(abs / 100_000) / 10;
  return `${sign}$${Number.isInteger(millions) ? millions.toFixed(0) : millions.toFixed(1)}M`;
}

/** A directional range: "$1.4M–$3.5M"; "$0" when nothing is at risk. */
export function formatMoneyRange(low: number, high: number): string {
  return high === 0 ? "$0" : `${formatMoney(low)}–${formatMoney(high)}`;
}

/** 0.19 → "19%"; 0.045 → "4.5%": small shares keep a decimal so they do not read as zero. */
export function formatPercent(value: number): string {
  const percent = value * 100;
  const rounded = Math.round(percent);
  if (percent < 10 && Math.abs(percent - rounded) >= 0.05) return `${percent.toFixed(1)}%`;
  return `${rounded}%`;
}

/** 2.43 → "2.4×" */
export function formatMultiple(value: number): string {
  return `${(Math.round(value * 10) / 10).toString()}×`;
}

/** 47.6 → "48 days" */
export function formatDays(value: number): string {
  const days = Math.round(value);
  return `${days} day${days === 1 ? "" : "s"}`;
}
