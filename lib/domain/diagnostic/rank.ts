import { FRACTURES } from "./fractures";
import type { FractureScore } from "./types";

/** Costliest first; ties go upstream. */
export function rank(fractures: FractureScore[]): FractureScore[] {
  return [...fractures].sort(
    (a, b) => b.score - a.score || FRACTURES.indexOf(a.key) - FRACTURES.indexOf(b.key),
  );
}
