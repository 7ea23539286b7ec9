import type { PipelineData, StageDefinition } from "./types";

export type StageVisit = {
  opportunityId: string;
  stage: string;
  enteredAt: Date;
  /** When it moved on or closed; null while it is still there. */
  exitedAt: Date | null;
};

/**
 * Each opportunity's stays in each stage, in order. A stay ends at the next stage event, or when
 * the opportunity closes; until then it is still open.
 */
export function stageVisits(data: PipelineData): StageVisit[] {
  const byOpportunity = new Map<string, PipelineData["events"]>();
  for (const event of data.events) {
    const list = byOpportunity.get(event.opportunityId);
    if (list) list.push(event);
    else byOpportunity.set(event.opportunityId, [event]);
  }
  const closedAt = new Map(
    data.opportunities.map((o) => [o.id, o.status === "open" ? null : o.closedAt]),
  );
  const visits: StageVisit[] = [];
  for (const [opportunityId, events] of byOpportunity) {
    events.sort((a, b) => a.enteredAt.getTime() - b.enteredAt.getTime());
    events.forEach((event, i) => {
      visits.push({
        opportunityId,
        stage: event.stage,
        enteredAt: event.enteredAt,
        exitedAt: events[i + 1]?.enteredAt ?? closedAt.get(opportunityId) ?? null,
      });
    });
  }
  return visits;
}

/** The opportunity's current stage: the stage of its latest event. */
export function currentStages(data: PipelineData): Map<string, { stage: string; enteredAt: Date }> {
  const current = new Map<string, { stage: string; enteredAt: Date }>();
  for (const event of data.events) {
    const seen = current.get(event.opportunityId);
    if (!seen || event.enteredAt > seen.enteredAt) {
      current.set(event.opportunityId, { stage: event.stage, enteredAt: event.enteredAt });
    }
  }
  return current;
}

export function stageIndex(stages: StageDefinition[]): Map<string, StageDefinition> {
  return new Map(stages.map((s) => [s.key, s]));
}
