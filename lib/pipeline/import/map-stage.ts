export type StageLabels = { key: string; label: string; crmLabels: string[] }[];

const norm = (s: string) => s.trim().toLowerCase();

/**
 * The stage a CRM label means: an explicit label=stage mapping first, then the stage's own key
 * or label, then the CRM labels mapped to it. Null when nothing matches.
 */
export function mapStage(
  label: string,
  stages: StageLabels,
  overrides: Record<string, string> = {},
): string | null {
  const wanted = norm(label);
  if (wanted === "") return null;
  for (const [from, to] of Object.entries(overrides)) if (norm(from) === wanted) return to;
  for (const stage of stages) {
    if (norm(stage.key) === wanted || norm(stage.label) === wanted) return stage.key;
    if (stage.crmLabels.some((l) => norm(l) === wanted)) return stage.key;
  }
  return null;
}
