import type { Opportunity, PipelineData, StageDefinition, StageEvent } from "./types";

export type StageVisit = {
  opportunityId: string;
  stage: string;
  seq: number;
  /** Null when the entry's time is unknown. */
  enteredAt: Date | null;
  /** True once the deal has entered another stage after this one, or closed. */
  ended: boolean;
  /** When it ended; null while still there, or when the next entry's time is unknown. */
  exitedAt: Date | null;
};

const grouped = new WeakMap<readonly StageEvent[], Map<string, StageEvent[]>>();
const indexed = new WeakMap<readonly Opportunity[], Map<string, Opportunity>>();

/**
 * Each opportunity's entries in path order. Grouped once per events array: every figure of one
 * pipeline walks the same grouping, so a million deals are grouped once, not once per figure.
 */
export function eventsByOpportunity(data: PipelineData): Map<string, StageEvent[]> {
  const cached = grouped.get(data.events);
  if (cached) return cached;
  const byOpportunity = new Map<string, StageEvent[]>();
  for (const event of data.events) {
    const list = byOpportunity.get(event.opportunityId);
    if (list) list.push(event);
    else byOpportunity.set(event.opportunityId, [event]);
  }
  for (const list of byOpportunity.values()) list.sort((a, b) => a.seq - b.seq);
  grouped.set(data.events, byOpportunity);
  return byOpportunity;
}

/**
 * For data built deal by deal (an in-memory import): its grouping and index are known already, so
 * the figures use them rather than building copies.
 */
export function primeIndexes(
  data: PipelineData,
  paths: Map<string, StageEvent[]>,
  deals: Map<string, Opportunity>,
) {
  grouped.set(data.events, paths);
  indexed.set(data.opportunities, deals);
}

/** The opportunities by id, built once per opportunities array (see eventsByOpportunity). */
export function opportunityIndex(data: PipelineData): Map<string, Opportunity> {
  const cached = indexed.get(data.opportunities);
  if (cached) return cached;
  const index = new Map(data.opportunities.map((o) => [o.id, o]));
  indexed.set(data.opportunities, index);
  return index;
}

/**
 * Each opportunity's stays in each stage, in path order. A stay ends at the deal's next entry;
 * the last stay of a closed deal whose path does not end at won or lost ends at its close.
 */
export function stageVisits(data: PipelineData): StageVisit[] {
  const stages = stageIndex(data.stages);
  const deals = opportunityIndex(data);
  const visits: StageVisit[] = [];
  for (const [opportunityId, events] of eventsByOpportunity(data)) {
    const deal = deals.get(opportunityId);
    events.forEach((event, i) => {
      const next = events[i + 1];
      const closesHere =
        !next &&
        deal &&
        deal.status !== "open" &&
        stages.get(event.stage)?.kind === "open" &&
        deal.closedAt !== null;
      visits.push({
        opportunityId,
        stage: event.stage,
        seq: event.seq,
        enteredAt: event.enteredAt,
        ended: next !== undefined || Boolean(closesHere),
        exitedAt: next ? next.enteredAt : closesHere ? deal!.closedAt : null,
      });
    });
  }
  return visits;
}

/** The opportunity's current stage: the stage of its last entry, and when (null: unknown). */
export function currentStages(
  data: PipelineData,
): Map<string, { stage: string; enteredAt: Date | null }> {
  const current = new Map<string, { stage: string; enteredAt: Date | null; seq: number }>();
  for (const event of data.events) {
    const seen = current.get(event.opportunityId);
    if (!seen || event.seq > seen.seq) {
      current.set(event.opportunityId, {
        stage: event.stage,
        enteredAt: event.enteredAt,
        seq: event.seq,
      });
    }
  }
  return current;
}

export function stageIndex(stages: StageDefinition[]): Map<string, StageDefinition> {
  return new Map(stages.map((s) => [s.key, s]));
}

/** A stay's length in days, when both ends are known and in order; otherwise why not. */
export function stayDays(visit: StageVisit): number | "undated" | "out-of-order" | "open" {
  if (!visit.ended) return "open";
  if (!visit.enteredAt || !visit.exitedAt) return "undated";
  const days = (visit.exitedAt.getTime() - visit.enteredAt.getTime()) / 86_400_000;
  return days < 0 ? "out-of-order" : days;
}
