import { eventsByOpportunity, opportunityIndex, stageIndex } from "./stage-visits";
import { mean, median, percentile, ratio } from "./statistics";
import type { Opportunity, PipelineData, StageDefinition, StageEvent } from "./types";

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

/**
 * For one deal's path: each stage it entered, and whether, after its first entry there, it went
 * on to a later stage (won counts, lost does not; a won deal reached won even without an entry).
 */
export function firstEntries(
  deal: Opportunity | undefined,
  path: StageEvent[],
  stages: ReadonlyMap<string, StageDefinition>,
  wonOrder: number,
  visit: (stage: StageDefinition, movedOn: boolean) => void,
) {
  let laterMax = deal?.status === "won" ? wonOrder : 0;
  const seen = new Set<string>();
  const firsts: { stage: StageDefinition; movedOn: boolean }[] = [];
  // Walking backwards, the last record of a stage is its first entry.
  for (let i = path.length - 1; i >= 0; i--) {
    const stage = stages.get(path[i]!.stage);
    if (!stage) continue;
    firsts.push({ stage, movedOn: laterMax > stage.order });
    if (stage.kind !== "lost") laterMax = Math.max(laterMax, stage.order);
  }
  for (let i = firsts.length - 1; i >= 0; i--) {
    const { stage, movedOn } = firsts[i]!;
    if (seen.has(stage.key)) continue;
    seen.add(stage.key);
    visit(stage, movedOn);
  }
}

type Tally = {
  entered: number;
  movedForward: number;
  dropped: number;
  current: number;
  days: number[];
  undated: number;
  outOfOrder: number;
};

/**
 * Per open stage: how many are here, how long they stay, what share moves forward, what drops.
 * One pass over each deal's path, so a million deals need no list of every stay.
 */
export function stageMetrics(data: PipelineData): StageMetrics[] {
  const stages = stageIndex(data.stages);
  const deals = opportunityIndex(data);
  const wonOrder = data.stages.find((s) => s.kind === "won")?.order ?? Number.MAX_SAFE_INTEGER;
  const tallies = new Map<string, Tally>(
    data.stages.map((s) => [
      s.key,
      { entered: 0, movedForward: 0, dropped: 0, current: 0, days: [], undated: 0, outOfOrder: 0 },
    ]),
  );
  for (const [id, path] of eventsByOpportunity(data)) {
    const deal = deals.get(id);
    firstEntries(deal, path, stages, wonOrder, (stage, movedOn) => {
      const t = tallies.get(stage.key)!;
      t.entered++;
      if (movedOn) t.movedForward++;
      else if (deal?.status === "lost") t.dropped++;
    });
    for (let i = 0; i < path.length; i++) {
      const event = path[i]!;
      const stage = stages.get(event.stage);
      if (!stage) continue;
      const t = tallies.get(stage.key)!;
      const next = path[i + 1];
      // A stay ends at the next entry; a closed deal whose path stops at an open stage, at its close.
      const closesHere =
        !next && deal && deal.status !== "open" && stage.kind === "open" && deal.closedAt !== null;
      if (!next && !closesHere) {
        if (deal?.status === "open") t.current++;
        continue;
      }
      const exitedAt = next ? next.enteredAt : deal!.closedAt;
      if (!event.enteredAt || !exitedAt) t.undated++;
      else {
        const days = (exitedAt.getTime() - event.enteredAt.getTime()) / 86_400_000;
        if (days < 0) t.outOfOrder++;
        else t.days.push(days);
      }
    }
  }
  return data.stages
    .filter((s) => s.kind === "open")
    .sort((a, b) => a.order - b.order)
    .map((stage) => {
      const t = tallies.get(stage.key)!;
      return {
        key: stage.key,
        label: stage.label,
        entered: t.entered,
        movedForward: t.movedForward,
        dropped: t.dropped,
        current: t.current,
        conversionRate: ratio(t.movedForward, t.entered),
        medianDays: median(t.days),
        meanDays: mean(t.days),
        p90Days: percentile(t.days, 0.9),
        undatedStays: t.undated,
        outOfOrderStays: t.outOfOrder,
      };
    });
}
