import type { BadgeTone } from "@/components/ui/badge";
import { SEVERITY_COLORS, severityBandOf, type SeverityBand } from "@/lib/domain/diagnostic";

const TONES: Record<SeverityBand, BadgeTone> = {
  broken: "broken",
  leaking: "leak",
  strained: "watch",
  holding: "good",
};

/** How a 0–100 leak score reads to a person, with the badge tone and chart colour for it. */
export function severityOf(score: number): { label: string; tone: BadgeTone; color: string } {
  const { band, label } = severityBandOf(score);
  return { label, tone: TONES[band], color: SEVERITY_COLORS[band] };
}
