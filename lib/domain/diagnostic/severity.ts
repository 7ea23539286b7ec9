import { PRIMARY_THRESHOLD } from "./score";

/**
 * How badly one link leaks. The one scale every reading of a 0–100 leak score uses: the free
 * diagnostic's result page, PDF and preview image, and the Snapshot's report, share page and PDF.
 */
export type SeverityBand = "broken" | "leaking" | "strained" | "holding";

/**
 * The bands from healthiest up, each with the lowest score it starts at. The Strained line is the
 * scoring's "worth repairing" threshold, so a link called Holding is never the one to repair.
 */
export const SEVERITY_SCALE: readonly { band: SeverityBand; label: string; from: number }[] = [
  { band: "holding", label: "Holding", from: 0 },
  { band: "strained", label: "Strained", from: PRIMARY_THRESHOLD },
  { band: "leaking", label: "Leaking", from: 50 },
  { band: "broken", label: "Broken", from: 75 },
];

/** A 0–100 leak score read as a person would say it. */
export function severityBandOf(score: number): { band: SeverityBand; label: string } {
  const { band, label } = SEVERITY_SCALE.findLast((s) => score >= s.from) ?? SEVERITY_SCALE[0]!;
  return { band, label };
}

/** "0–24", "75+": the scores a band covers, as a legend prints them. */
export function severityRangeOf(band: SeverityBand): string {
  const at = SEVERITY_SCALE.findIndex((s) => s.band === band);
  const next = SEVERITY_SCALE[at + 1];
  return next ? `${SEVERITY_SCALE[at]!.from}–${next.from - 1}` : `${SEVERITY_SCALE[at]!.from}+`;
}

/** One colour per band, shared by every chart, PDF and preview image. */
export const SEVERITY_COLORS: Record<SeverityBand, string> = {
  broken: "#e11d48",
  leaking: "#ea580c",
  strained: "#d97706",
  holding: "#059669",
};
