import type { PipelineData } from "./types";

/**
 * The data's own "now" (docs/pipeline-model.md): the latest date of something that has
 * happened, a creation, a dated stage entry or the close of a closed deal. An open deal's close
 * date is an expected close and never counts. Null for data with no dates at all.
 */
export function dataAsOf(data: PipelineData): Date | null {
  let latest = -Infinity;
  for (const o of data.opportunities) {
    if (o.createdAt) latest = Math.max(latest, o.createdAt.getTime());
    if (o.status !== "open" && o.closedAt) latest = Math.max(latest, o.closedAt.getTime());
  }
  for (const e of data.events) {
    if (e.enteredAt && !e.estimated) latest = Math.max(latest, e.enteredAt.getTime());
  }
  return Number.isFinite(latest) ? new Date(latest) : null;
}

/** Entries dated after the as-of date: possible only when an export date was given. */
export function datesAfter(data: PipelineData, asOf: Date): number {
  const t = asOf.getTime();
  let count = 0;
  for (const e of data.events) if (e.enteredAt && e.enteredAt.getTime() > t) count++;
  return count;
}
