import {
  FRACTURES,
  PRIMARY_THRESHOLD,
  type FractureKey,
  type FractureScore,
} from "@/lib/domain/diagnostic";

/**
 * A fracture is named the costliest only when it leads the next one by at least this many points.
 * On the Snapshot bank a fracture is measured by about ten weighted questions, so moving one
 * leader's answer on one question by a single step moves that fracture's score by about three
 * points. A lead smaller than this could be reversed by one answer given a little differently,
 * which is not a basis for telling a CEO where the money goes.
 */
export const COSTLIEST_MARGIN = 5;

export type Costliest =
  /** Nothing reaches PRIMARY_THRESHOLD: the chain holds. */
  | { kind: "none" }
  | { kind: "named"; key: FractureKey; lead: number }
  /** Two or more fractures above the line within COSTLIEST_MARGIN of the top, costliest first. */
  | { kind: "tied"; keys: FractureKey[] };

/**
 * Which fracture a team's combined scores call the costliest, or which ones are too close to
 * call. The free diagnostic, one person's answers, keeps its own rule (ties go upstream).
 */
export function costliestOf(fractures: FractureScore[]): Costliest {
  // Ties go upstream here too, so a tie lists its fractures in chain order.
  const ranked = [...fractures].sort(
    (a, b) => b.score - a.score || FRACTURES.indexOf(a.key) - FRACTURES.indexOf(b.key),
  );
  const top = ranked[0];
  if (!top || top.score < PRIMARY_THRESHOLD) return { kind: "none" };
  const close = ranked.filter(
    (f) => f.score >= PRIMARY_THRESHOLD && top.score - f.score < COSTLIEST_MARGIN,
  );
  if (close.length > 1) return { kind: "tied", keys: close.map((f) => f.key) };
  const next = ranked[1];
  return { kind: "named", key: top.key, lead: next ? top.score - next.score : top.score };
}
