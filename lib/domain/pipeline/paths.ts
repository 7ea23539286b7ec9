/**
 * Stage paths, as docs/pipeline-model.md defines them: what one export row says a deal passed
 * through, what a history file says, and what a later import adds to a deal already stored.
 */
import type { OpportunityStatus, StageDefinition, StageEvent } from "./types";

/** A deal row, read and mapped, before it becomes a path. */
export type PathInput = {
  status: OpportunityStatus;
  /** The deal's current stage key (the won or lost stage for closed deals). */
  stage: string;
  createdAt: Date | null;
  closedAt: Date | null;
  /** Dates from "entered stage X" columns, by stage key. */
  entered: ReadonlyMap<string, Date>;
  /** The last stage a lost deal reached, from a "stage when lost" column. */
  lostStage: string | null;
};

/**
 * The open stages an import's mapping names, in pipeline order: the stage set its paths run
 * through. Won and lost are not in it; every path may end in one of them.
 */
export function stageSet(stages: StageDefinition[], named: Iterable<string>): StageDefinition[] {
  const wanted = new Set(named);
  return stages
    .filter((s) => s.kind === "open" && wanted.has(s.key))
    .sort((a, b) => a.order - b.order);
}

/** Where a stage stands in the pipeline: open stages by their order, won and lost beyond them. */
function rank(stages: ReadonlyMap<string, StageDefinition>, key: string): number {
  const stage = stages.get(key);
  if (!stage) return -1;
  return stage.kind === "open" ? stage.order : Number.MAX_SAFE_INTEGER;
}

/**
 * The path one row shows (docs/pipeline-model.md, "Stage paths from one row"): an open deal
 * passed every stage of the set up to its own; a won deal all of them; a lost deal those its
 * dates or "stage when lost" show and the ones before. Entries are dated by their columns, the
 * first by the created date, the closing one by the close date; the rest are undated.
 */
export function pathFromRow(
  opportunityId: string,
  row: PathInput,
  set: StageDefinition[],
  stages: ReadonlyMap<string, StageDefinition>,
): StageEvent[] {
  const current = stages.get(row.stage);
  if (!current) return [];
  let through: StageDefinition[];
  if (current.kind === "open") {
    through = set.filter((s) => s.order <= current.order);
    if (!through.includes(current)) through.push(current);
  } else if (current.kind === "won") {
    through = set;
  } else {
    const evidenced = set.filter((s) => row.entered.has(s.key) || s.key === row.lostStage);
    const reached = evidenced.at(-1) ?? set[0];
    through = reached ? set.filter((s) => s.order <= reached.order) : [];
  }
  const events: StageEvent[] = through.map((s, i) => ({
    opportunityId,
    stage: s.key,
    enteredAt: row.entered.get(s.key) ?? (i === 0 ? row.createdAt : null),
    seq: i,
  }));
  if (current.kind !== "open") {
    events.push({
      opportunityId,
      stage: current.key,
      enteredAt: row.closedAt ?? row.entered.get(current.key) ?? null,
      seq: events.length,
    });
  }
  return events;
}

/** When a deal opened: its created date, or its earliest dated entry. */
export function openedAt(createdAt: Date | null, path: StageEvent[]): Date | null {
  if (createdAt) return createdAt;
  let earliest: Date | null = null;
  for (const e of path)
    if (e.enteredAt && (!earliest || e.enteredAt < earliest)) earliest = e.enteredAt;
  return earliest;
}

/**
 * A deal's path from its history rows (docs/pipeline-model.md, "History files"): in date order,
 * a row repeating the stage before it folded into one entry, a move to an earlier stage marked as
 * a move back; a closed deal whose history stops short ends at its close.
 */
export function historyPath(
  opportunityId: string,
  rows: { stage: string; at: Date }[],
  stages: ReadonlyMap<string, StageDefinition>,
  deal: { status: OpportunityStatus; stage: string; closedAt: Date | null } | null,
): StageEvent[] {
  const sorted = [...rows].sort((a, b) => a.at.getTime() - b.at.getTime());
  const events: StageEvent[] = [];
  for (const row of sorted) {
    const last = events.at(-1);
    if (last?.stage === row.stage) continue;
    events.push({
      opportunityId,
      stage: row.stage,
      enteredAt: row.at,
      seq: events.length,
      ...(last && rank(stages, row.stage) < rank(stages, last.stage) ? { back: true } : {}),
    });
  }
  const last = events.at(-1);
  if (deal && deal.status !== "open" && last && stages.get(last.stage)?.kind === "open") {
    events.push({ opportunityId, stage: deal.stage, enteredAt: deal.closedAt, seq: events.length });
  }
  return events;
}

/** What is stored of a deal before a later import: where it stands, since when, its last place. */
export type StoredPosition = { stage: string; lastSeq: number; enteredAt?: Date | null };

/**
 * The entries a later import adds to a stored deal (docs/pipeline-model.md, "Between imports"):
 * none when it stands where it stood; the stages passed since, when it moved on; one move back
 * when it went back. The new current stage, undated in the file, is dated at the import's as-of
 * date and marked as an estimate.
 */
export function movesSince(
  stored: StoredPosition,
  incoming: StageEvent[],
  asOf: Date,
  stages: ReadonlyMap<string, StageDefinition>,
): StageEvent[] {
  const now = incoming.at(-1);
  if (!now || now.stage === stored.stage) return [];
  const from = rank(stages, stored.stage);
  const to = rank(stages, now.stage);
  let added: StageEvent[];
  if (to < from) {
    added = [{ ...now, back: true }];
  } else {
    added = incoming.filter((e) => rank(stages, e.stage) > from);
    if (added.length === 0) added = [now];
  }
  // A date in the file from before the stored stay began (the deal's first entry into a stage it
  // has now gone back to, say) does not date this move.
  const since = stored.enteredAt?.getTime() ?? -Infinity;
  return added.map((e, i) => {
    const last = i === added.length - 1;
    const dated = e.enteredAt && e.enteredAt.getTime() >= since ? e.enteredAt : null;
    const estimated = last && dated === null;
    return {
      opportunityId: e.opportunityId,
      stage: e.stage,
      enteredAt: estimated ? asOf : dated,
      seq: stored.lastSeq + 1 + i,
      ...(estimated ? { estimated: true } : {}),
      ...(e.back ? { back: true } : {}),
    };
  });
}
