import {
  currentStages,
  eventsByOpportunity,
  stageIndex,
  stageVisits,
  stayDays,
} from "./stage-visits";
import { mean, median, percentile, ratio } from "./statistics";
import type { PipelineData } from "./types";

export type StageMetrics = {
  key: string;
  label: string;
  /** Opportunities that entered the stage. */
  entered: number;
  /**
   * Of those, how many entered a later stage after their first entry here (won included, lost
   * not). A move back to an earlier stage is not moving on.
   */
  movedForward: number;
  /** Of those, how many never moved on and were lost. */
  dropped: number;
  /** Open opportunities in the stage now. */
  current: number;
  conversionRate: number | null;
  /** Days in the stage, over ended stays whose both dates are known and in order. */
  medianDays: number | null;
  meanDays: number | null;
  p90Days: number | null;
  /** Ended stays left out of the days because a date is unknown, or the dates are out of order. */
  undatedStays: number;
  outOfOrderStays: number;
};

/** Per open stage: how many are here, how long they stay, what share moves forward, what drops. */
export function stageMetrics(data: PipelineData): StageMetrics[] {
  const stages = stageIndex(data.stages);
  const status = new Map(data.opportunities.map((o) => [o.id, o.status]));
  const wonOrder = data.stages.find((s) => s.kind === "won")?.order ?? Number.MAX_SAFE_INTEGER;

  // Per deal and stage: did the deal reach a later stage after its first entry here?
  const movedOn = new Map<string, Map<string, boolean>>();
  for (const [id, events] of eventsByOpportunity(data)) {
    const perStage = new Map<string, boolean>();
    let laterMax = status.get(id) === "won" ? wonOrder : 0;
    for (let i = events.length - 1; i >= 0; i--) {
      const def = stages.get(events[i]!.stage);
      if (!def) continue;
      // Walking backwards, the last write per stage is its first entry.
      perStage.set(def.key, laterMax > def.order);
      if (def.kind !== "lost") laterMax = Math.max(laterMax, def.order);
    }
    movedOn.set(id, perStage);
  }

  const visits = stageVisits(data);
  const current = currentStages(data);
  return data.stages
    .filter((s) => s.kind === "open")
    .sort((a, b) => a.order - b.order)
    .map((stage) => {
      let entered = 0;
      let movedForward = 0;
      let dropped = 0;
      for (const [id, perStage] of movedOn) {
        const moved = perStage.get(stage.key);
        if (moved === undefined) continue;
        entered++;
        if (moved) movedForward++;
        else if (status.get(id) === "lost") dropped++;
      }
      const durations: number[] = [];
      let undatedStays = 0;
      let outOfOrderStays = 0;
      for (const v of visits) {
        if (v.stage !== stage.key) continue;
        const days = stayDays(v);
        if (typeof days === "number") durations.push(days);
        else if (days === "undated") undatedStays++;
        else if (days === "out-of-order") outOfOrderStays++;
      }
      let here = 0;
      for (const [id, c] of current) if (c.stage === stage.key && status.get(id) === "open") here++;
      return {
        key: stage.key,
        label: stage.label,
        entered,
        movedForward,
        dropped,
        current: here,
        conversionRate: ratio(movedForward, entered),
        medianDays: median(durations),
        meanDays: mean(durations),
        p90Days: percentile(durations, 0.9),
        undatedStays,
        outOfOrderStays,
      };
    });
}
