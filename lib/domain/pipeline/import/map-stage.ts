export type StageLabels = { key: string; label: string; crmLabels: string[] }[];

const norm = (s: string) => s.trim().toLowerCase();

/**
 * A function from CRM label to stage key: an explicit label=stage mapping first, then the stage's
 * own key or label, then the CRM labels mapped to it; null when nothing matches. Built once per
 * file and remembering each label it has seen, so a million rows cost a million map lookups.
 */
export function stageMapper(
  stages: StageLabels,
  overrides: Record<string, string> = {},
): (label: string) => string | null {
  const known = new Map<string, string>();
  // Later entries win, so set the weakest first: CRM labels, then keys and labels, then overrides.
  for (const stage of [...stages].reverse()) {
    for (const l of stage.crmLabels) known.set(norm(l), stage.key);
  }
  for (const stage of [...stages].reverse()) {
    known.set(norm(stage.label), stage.key);
    known.set(norm(stage.key), stage.key);
  }
  for (const [from, to] of Object.entries(overrides)) known.set(norm(from), to);
  known.delete("");
  const seen = new Map<string, string | null>();
  return (label) => {
    let key = seen.get(label);
    if (key === undefined) {
      key = known.get(norm(label)) ?? null;
      if (seen.size < 10_000) seen.set(label, key);
    }
    return key;
  };
}

/** The stage one CRM label means (see stageMapper), for a single lookup. */
export function mapStage(
  label: string,
  stages: StageLabels,
  overrides: Record<string, string> = {},
): string | null {
  return stageMapper(stages, overrides)(label);
}
