import { currentStages, stageIndex, stageVisits } from "./stage-visits";
import { daysBetween, mean, median, percentile, ratio } from "./statistics";
import type { PipelineData } from "./types";

export type StageMetrics = {
  key: string;
  label: string;
  /** Opportunities that entered the stage. */
  entered: number;
  /** Of those, how many later reached a later stage (won included, lost not). */
  movedForward: number;
  /** Of those, how many never moved on and were lost. */
  dropped: number;
  /** Open opportunities in the stage now. */
  current: number;
  conversionRate: number | null;
  /** Days in the stage, over stays that have ended. */
  medianDays: number | null;
  meanDays: number | null;
  p90Days: number | null;
};

/** Per open stage: how many are here, how long they stay, what share moves forward, what drops. */
export function stageMetrics(data: PipelineData): StageMetrics[] {
  const stages = stageIndex(data.stages);
  const visits = stageVisits(data);
  const status = new Map(data.opportunities.map((o) => [o.id, o.status]));
  const furthest = new Map<string, number>();
  for (const v of visits) {
    const def = stages.get(v.stage);
    if (!def || def.kind === "lost") continue;
    furthest.set(v.opportunityId, Math.max(furthest.get(v.opportunityId) ?? 0, def.order));
  }
  // A won opportunity reached the won stage even when its export has no event for it.
  const wonOrder = data.stages.find((s) => s.kind === "won")?.order ?? Number.MAX_SAFE_INTEGER;
  for (const o of data.opportunities) if (o.status === "won") furthest.set(o.id, wonOrder);

  const current = currentStages(data);
  return data.stages
    .filter((s) => s.kind === "open")
    .sort((a, b) => a.order - b.order)
    .map((stage) => {
      const entrants = new Set(
        visits.filter((v) => v.stage === stage.key).map((v) => v.opportunityId),
      );
      let movedForward = 0;
      let dropped = 0;
      for (const id of entrants) {
        if ((furthest.get(id) ?? 0) > stage.order) movedForward++;
        else if (status.get(id) === "lost") dropped++;
      }
      const durations = visits
        .filter((v) => v.stage === stage.key && v.exitedAt !== null)
        .map((v) => daysBetween(v.enteredAt, v.exitedAt!));
      let here = 0;
      for (const [id, c] of current) if (c.stage === stage.key && status.get(id) === "open") here++;
      return {
        key: stage.key,
        label: stage.label,
        entered: entrants.size,
        movedForward,
        dropped,
        current: here,
        conversionRate: ratio(movedForward, entrants.size),
        medianDays: median(durations),
        meanDays: mean(durations),
        p90Days: percentile(durations, 0.9),
      };
    });
}
