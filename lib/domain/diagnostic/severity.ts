/** How badly one link leaks, as the result page, its PDF and its preview image all name it. */
export type SeverityBand = "broken" | "leaking" | "strained" | "holding";

/** A 0–100 leak score read as a person would say it. The 25 line is the scoring's "no primary" rule. */
export function severityBandOf(score: number): { band: SeverityBand; label: string } {
  if (score >= 75) return { band: "broken", label: "Broken" };
  if (score >= 50) return { band: "leaking", label: "Leaking" };
  if (score >= 25) return { band: "strained", label: "Strained" };
  return { band: "holding", label: "Holding" };
}

/** One colour per band, shared by the page's chart, the PDF and the preview image. */
export const SEVERITY_COLORS: Record<SeverityBand, string> = {
  broken: "#e11d48",
  leaking: "#ea580c",
  strained: "#d97706",
  holding: "#059669",
};
