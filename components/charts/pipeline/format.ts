const formatters = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string, compact: boolean) {
  const key = `${currency}:${compact}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat("en-US", {
      style: "currency",
      currency,
      // Both bounds: with only the maximum, some ICU versions pad "$400K" to "$400.0K".
      minimumFractionDigits: 0,
      maximumFractionDigits: compact ? 1 : 0,
      ...(compact ? { notation: "compact" as const } : {}),
    });
    formatters.set(key, format);
  }
  return format;
}

/**
 * "$12,500", "€12,500", or "$12.5K" when compact, in the organization's currency (USD when none
 * is given); "—" when there is no figure.
 */
export function formatMoney(
  value: number | null,
  options: { compact?: boolean; currency?: string } = {},
) {
  if (value === null || !Number.isFinite(value)) return "—";
  return moneyFormat(options.currency ?? "USD", options.compact ?? false).format(value);
}

/** 0.623 → "62.3%" */
export function formatPercent(value: number | null) {
  if (value === null || !Number.isFinite(value)) return "—";
  return `${(value * 100).toFixed(value >= 0.995 || value === 0 ? 0 : 1)}%`;
}

/** 12.34 → "12.3 d" */
export function formatDays(value: number | null) {
  if (value === null || !Number.isFinite(value)) return "—";
  return `${value.toFixed(value >= 100 ? 0 : 1)} d`;
}

export const AXIS_TICK = { fontSize: 12, fill: "#64748b" } as const;
export const GRID_STROKE = "#e2e8f0";
export const PALETTE = {
  primary: "#4f46e5",
  teal: "#0891b2",
  amber: "#d97706",
  pink: "#db2777",
  green: "#059669",
  muted: "#cbd5e1",
} as const;

/** Long labels cut for narrow axes. */
export function shortLabel(label: string, max = 14) {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}
