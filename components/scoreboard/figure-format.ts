import { formatDays, formatMoney, formatPercent } from "@/components/charts/pipeline/format";
import type { FigureFormat } from "@/lib/domain/scoreboard";

const count = new Intl.NumberFormat("en-US");

/** A scoreboard figure for people, in its own unit. */
export function formatFigure(value: number | null, format: FigureFormat): string {
  if (value === null || !Number.isFinite(value)) return "—";
  switch (format) {
    case "money":
      return formatMoney(value, { compact: true });
    case "percent":
      return formatPercent(value);
    case "count":
      return count.format(value);
    case "days":
      return formatDays(value);
    case "ratio":
      return `${value.toFixed(1)}×`;
  }
}

/** A change between two reviews, signed, in the figure's unit ("+3.1 pts" for shares). */
export function formatDelta(delta: number | null, format: FigureFormat): string {
  if (delta === null || !Number.isFinite(delta)) return "—";
  if (delta === 0) return "no change";
  const sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
  const size = Math.abs(delta);
  if (format === "percent") return `${sign}${(size * 100).toFixed(1)} pts`;
  return `${sign}${formatFigure(size, format)}`;
}

/**
 * Which way a figure moved, as an arrow and the word a screen reader says for it. The arrow shows
 * the movement; whether it is good news is said separately, since for some figures less is better.
 */
export function arrowOf(delta: number | null): { glyph: string; word: string } | null {
  if (delta === null || !Number.isFinite(delta)) return null;
  if (delta > 0) return { glyph: "▲", word: "up" };
  if (delta < 0) return { glyph: "▼", word: "down" };
  return { glyph: "▶", word: "unchanged" };
}
