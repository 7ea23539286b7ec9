import type { BadgeTone } from "@/components/ui/badge";

/** How a 0–100 leak score reads to a person. The 25 line matches the scoring's "no primary" rule. */
export function severityOf(score: number): { label: string; tone: BadgeTone; color: string } {
  if (score >= 75) return { label: "Broken", tone: "broken", color: "#e11d48" };
  if (score >= 50) return { label: "Leaking", tone: "leak", color: "#ea580c" };
  if (score >= 25) return { label: "Strained", tone: "watch", color: "#d97706" };
  return { label: "Holding", tone: "good", color: "#059669" };
}
