import { historyPath, movesSince } from "./paths";
import type { Opportunity, StageDefinition, StageEvent } from "./types";

/** What is stored of a deal when a later import reads it again. */
export type StoredDeal = {
  opportunity: Opportunity;
  /** Its current stage key and when it entered it. */
  stage: string | null;
  stageEnteredAt: Date | null;
  /** Its last entry's place in the path; -1 when it has none. */
  lastSeq: number;
};

/** One deal to write: its fields, its current stage, the entries to add, and what it was before. */
export type DealWrite = {
  opportunity: Opportunity;
  stage: string;
  stageEnteredAt: Date | null;
  /** Entries to add after the stored ones (all of them for a new deal). */
  events: StageEvent[];
  /** Null for a new deal; else the stored deal, kept so undoing the import restores it. */
  before: StoredDeal | null;
  /** Whether the stored deal's fields or stage change; an unchanged deal is not written. */
  changed: boolean;
};

const FIELDS = [
  "name",
  "account",
  "owner",
  "source",
  "segment",
  "amount",
  "currency",
  "status",
] as const;

function sameTime(a: Date | null, b: Date | null) {
  return (a?.getTime() ?? null) === (b?.getTime() ?? null);
}

function sameFields(a: Opportunity, b: Opportunity) {
  return (
    FIELDS.every((f) => a[f] === b[f]) &&
    sameTime(a.createdAt, b.createdAt) &&
    sameTime(a.closedAt, b.closedAt)
  );
}

/**
 * How one batch of read deals meets what is stored (docs/pipeline-model.md, "Between imports"):
 * a new deal is written with its whole path; a stored one gets the moves since its stored stage,
 * dated by the file or estimated at the import's as-of date. Importing the same rows again
 * writes nothing.
 */
export function planDealBatch(
  deals: { opportunity: Opportunity; path: StageEvent[] }[],
  stored: ReadonlyMap<string, StoredDeal>,
  asOf: Date,
  stages: ReadonlyMap<string, StageDefinition>,
): { writes: DealWrite[]; stageMoves: number } {
  const writes: DealWrite[] = [];
  let stageMoves = 0;
  for (const { opportunity, path } of deals) {
    const last = path.at(-1);
    if (!last) continue;
    const before = stored.get(opportunity.id) ?? null;
    if (!before || before.stage === null || before.lastSeq < 0) {
      writes.push({
        opportunity,
        stage: last.stage,
        stageEnteredAt: last.enteredAt,
        events: path,
        before,
        changed: true,
      });
      continue;
    }
    const events = movesSince(
      { stage: before.stage, lastSeq: before.lastSeq, enteredAt: before.stageEnteredAt },
      path,
      asOf,
      stages,
    );
    const now = events.at(-1);
    // A deal opened before we knew it keeps its earliest known opening.
    const merged = {
      ...opportunity,
      createdAt: opportunity.createdAt ?? before.opportunity.createdAt,
    };
    const changed = events.length > 0 || !sameFields(merged, before.opportunity);
    if (!changed) continue;
    if (events.length > 0) stageMoves++;
    writes.push({
      opportunity: merged,
      stage: now?.stage ?? before.stage,
      stageEnteredAt: now ? now.enteredAt : before.stageEnteredAt,
      events,
      before,
      changed,
    });
  }
  return { writes, stageMoves };
}

/**
 * A history file's rows for stored deals: each deal's path replaced by the one its history shows.
 * Deals the history does not change are left alone.
 */
export function planHistory(
  rows: ReadonlyMap<string, { stage: string; at: Date }[]>,
  stored: ReadonlyMap<string, StoredDeal>,
  stages: ReadonlyMap<string, StageDefinition>,
): { replace: { deal: StoredDeal; path: StageEvent[] }[]; unknown: string[] } {
  const replace: { deal: StoredDeal; path: StageEvent[] }[] = [];
  const unknown: string[] = [];
  for (const [id, history] of rows) {
    const deal = stored.get(id);
    if (!deal) {
      unknown.push(id);
      continue;
    }
    const path = historyPath(id, history, stages, {
      status: deal.opportunity.status,
      stage: deal.stage ?? "",
      closedAt: deal.opportunity.closedAt,
    });
    if (path.length > 0) replace.push({ deal, path });
  }
  return { replace, unknown };
}
