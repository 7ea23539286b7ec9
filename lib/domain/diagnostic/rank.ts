import { FRACTURE_INFO, FRACTURES, REPAIR_ORDER, type FractureKey } from "./fractures";
import { PRIMARY_THRESHOLD } from "./score";
import type { FractureScore } from "./types";

/** Costliest first; ties go upstream. */
export function rank(fractures: FractureScore[]): FractureScore[] {
  return [...fractures].sort(
    (a, b) => b.score - a.score || FRACTURES.indexOf(a.key) - FRACTURES.indexOf(b.key),
  );
}

/** Fractures at or above the threshold, in the order to repair them. */
export function repairPlan(fractures: FractureScore[]): FractureScore[] {
  const byKey = new Map(fractures.map((f) => [f.key, f]));
  return REPAIR_ORDER.flatMap((key) => {
    const entry = byKey.get(key);
    return entry && entry.score >= PRIMARY_THRESHOLD ? [entry] : [];
  });
}

export type StartHere = {
  /** The fracture to work on first: the first in repair order at or above the threshold. */
  key: FractureKey;
  /** Set when that is not the costliest fracture: why the repair starts elsewhere. */
  whyNotCostliest: string | null;
};

/**
 * The one place the result says to start. Repair follows the repair order, so the first step is
 * the first fracture in that order that needs repair, which can differ from the costliest one;
 * when it does, the reader is told why. Null when nothing reaches the threshold.
 */
export function startHere(fractures: FractureScore[]): StartHere | null {
  const first = repairPlan(fractures)[0];
  if (!first) return null;
  const costliest = rank(fractures)[0]!;
  if (costliest.key === first.key) return { key: first.key, whyNotCostliest: null };
  const start = FRACTURE_INFO[first.key].shortName;
  const top = FRACTURE_INFO[costliest.key].shortName;
  return {
    key: first.key,
    whyNotCostliest: `${top} costs you most (${costliest.score}), but ${start} (${first.score}) comes before it in the repair order: ${start.toLowerCase()} is what ${top.toLowerCase()} has to build on, so repairing it first makes the bigger repair cheaper and quicker to hold.`,
  };
}
