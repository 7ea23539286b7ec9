import { dealMetrics } from "./deal-metrics";
import { firstEntries, stageMetrics, type StageMetrics } from "./stage-metrics";
import { currentStages, eventsByOpportunity, opportunityIndex, stageIndex } from "./stage-visits";
import { daysBetween, ratio } from "./statistics";
import type { PipelineData } from "./types";

export type StaleDeal = {
  opportunityId: string;
  name: string;
  owner: string | null;
  amount: number | null;
  stage: string;
  /** Days in the current stage; null when its entry is undated. */
  daysInStage: number | null;
  /** Days since the deal opened; null when that is unknown. */
  ageDays: number | null;
  /**
   * What it was judged by: its stay against the stage's median stay, or, when the stay cannot be
   * timed, its age against the median won cycle.
   */
  basis: "stage" | "age";
  /** The median it was held against, in days. */
  medianDays: number;
  /** Days (in stage, or of age) over that median: how far past usual it is. */
  stallRatio: number;
};

export type StaleDealsResult = {
  deals: StaleDeal[];
  /** Open deals with neither a timed stay nor a known age: staleness cannot be judged. */
  unjudged: number;
};

/**
 * Open opportunities going nowhere: in their current stage for more than `multiple` times that
 * stage's median stay. A deal whose stay cannot be timed (its entry undated, or the stage has no
 * completed stays) is judged by its age against `multiple` times the median won cycle instead.
 * Largest stall ratio first.
 */
export function staleDeals(
  data: PipelineData,
  asOf: Date,
  multiple = 2,
  known: { stages?: StageMetrics[]; medianCycleDays?: number | null } = {},
): StaleDealsResult {
  const medians = new Map((known.stages ?? stageMetrics(data)).map((s) => [s.key, s.medianDays]));
  const medianCycle =
    known.medianCycleDays !== undefined ? known.medianCycleDays : dealMetrics(data).medianCycleDays;
  const current = currentStages(data);
  const deals: StaleDeal[] = [];
  let unjudged = 0;
  for (const o of data.opportunities) {
    if (o.status !== "open") continue;
    const here = current.get(o.id);
    if (!here) {
      unjudged++;
      continue;
    }
    const stageMedian = medians.get(here.stage) ?? null;
    const daysInStage = here.enteredAt ? daysBetween(here.enteredAt, asOf) : null;
    const ageDays = o.createdAt ? daysBetween(o.createdAt, asOf) : null;
    let basis: StaleDeal["basis"];
    let days: number;
    let medianDays: number;
    if (daysInStage !== null && stageMedian !== null && stageMedian > 0) {
      [basis, days, medianDays] = ["stage", daysInStage, stageMedian];
    } else if (ageDays !== null && medianCycle !== null && medianCycle > 0) {
      [basis, days, medianDays] = ["age", ageDays, medianCycle];
    } else {
      unjudged++;
      continue;
    }
    if (days > multiple * medianDays) {
      deals.push({
        opportunityId: o.id,
        name: o.name,
        owner: o.owner,
        amount: o.amount,
        stage: here.stage,
        daysInStage,
        ageDays,
        basis,
        medianDays,
        stallRatio: days / medianDays,
      });
    }
  }
  deals.sort(
    (a, b) => b.stallRatio - a.stallRatio || byCodeUnits(a.opportunityId, b.opportunityId),
  );
  return { deals, unjudged };
}

export type SourceQuality = {
  source: string;
  won: number;
  lost: number;
  winRate: number | null;
  wonRevenue: number;
};

/** Win rate and won revenue by lead source, not entry volume. */
export function sourceQuality(data: PipelineData): SourceQuality[] {
  const bySource = new Map<string, SourceQuality>();
  for (const o of data.opportunities) {
    const source = o.source ?? "Unknown";
    const row = bySource.get(source) ?? { source, won: 0, lost: 0, winRate: null, wonRevenue: 0 };
    if (o.status === "won") {
      row.won++;
      row.wonRevenue += o.amount ?? 0;
    } else if (o.status === "lost") row.lost++;
    bySource.set(source, row);
  }
  return [...bySource.values()]
    .map((row) => ({ ...row, winRate: ratio(row.won, row.won + row.lost) }))
    .sort((a, b) => b.wonRevenue - a.wonRevenue || byCodeUnits(a.source, b.source));
}

export type OwnerShare = {
  owner: string;
  /** Share of the open pipeline's known value. */
  openValueShare: number | null;
  /** Share of won revenue (known amounts). */
  wonRevenueShare: number | null;
};

/** How much of won revenue and of the open pipeline each owner carries (see rankOwners). */
export function keyPersonDependence(data: PipelineData): {
  owners: OwnerShare[];
  topByWonRevenue: OwnerShare | null;
  topByOpenValue: OwnerShare | null;
} {
  const openTotal = data.opportunities
    .filter((o) => o.status === "open")
    .reduce((s, o) => s + (o.amount ?? 0), 0);
  const wonTotal = data.opportunities
    .filter((o) => o.status === "won")
    .reduce((s, o) => s + (o.amount ?? 0), 0);
  const sums = new Map<string, { open: number; won: number }>();
  for (const o of data.opportunities) {
    const owner = o.owner ?? "Unassigned";
    const row = sums.get(owner) ?? { open: 0, won: 0 };
    if (o.status === "open") row.open += o.amount ?? 0;
    if (o.status === "won") row.won += o.amount ?? 0;
    sums.set(owner, row);
  }
  return rankOwners(
    [...sums.entries()].map(([owner, s]) => ({
      owner,
      openValueShare: ratio(s.open, openTotal),
      wonRevenueShare: ratio(s.won, wonTotal),
    })),
  );
}

/** Plain code-unit order, as Postgres sorts with the "C" collation. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Owners listed by won revenue, largest first, and the top owner by each measure: the one
 * carrying the open pipeline is often not the one who brought in the revenue.
 */
export function rankOwners(owners: OwnerShare[]): {
  owners: OwnerShare[];
  topByWonRevenue: OwnerShare | null;
  topByOpenValue: OwnerShare | null;
} {
  const by = (key: "openValueShare" | "wonRevenueShare") => (a: OwnerShare, b: OwnerShare) =>
    (b[key] ?? 0) - (a[key] ?? 0) || byCodeUnits(a.owner, b.owner);
  const byWon = [...owners].sort(by("wonRevenueShare"));
  const byOpen = [...owners].sort(by("openValueShare"));
  return {
    owners: byWon,
    topByWonRevenue: byWon.find((o) => (o.wonRevenueShare ?? 0) > 0) ?? null,
    topByOpenValue: byOpen.find((o) => (o.openValueShare ?? 0) > 0) ?? null,
  };
}

export type ConversionSpread = {
  stage: string;
  byOwner: { owner: string; conversionRate: number | null }[];
  spread: number | null;
};

/**
 * Stage conversion per owner, and the gap between the best and the worst: one pass over every
 * deal's path, however many owners there are.
 */
export function ownerConversionSpread(data: PipelineData): ConversionSpread[] {
  const stages = stageIndex(data.stages);
  const deals = opportunityIndex(data);
  const wonOrder = data.stages.find((s) => s.kind === "won")?.order ?? Number.MAX_SAFE_INTEGER;
  const tally = new Map<string, Map<string, { entered: number; moved: number }>>();
  for (const [id, path] of eventsByOpportunity(data)) {
    const deal = deals.get(id);
    const owner = deal?.owner ?? "Unassigned";
    firstEntries(deal, path, stages, wonOrder, (stage, movedOn) => {
      if (stage.kind !== "open") return;
      const byOwner = tally.get(stage.key) ?? new Map();
      tally.set(stage.key, byOwner);
      const t = byOwner.get(owner) ?? { entered: 0, moved: 0 };
      byOwner.set(owner, t);
      t.entered++;
      if (movedOn) t.moved++;
    });
  }
  return data.stages
    .filter((s) => s.kind === "open")
    .sort((a, b) => a.order - b.order)
    .map((stage) => {
      const byOwner = [
        ...(tally.get(stage.key) ?? new Map<string, { entered: number; moved: number }>()),
      ]
        .sort(([a], [b]) => byCodeUnits(a, b))
        .map(([owner, t]) => ({ owner, conversionRate: ratio(t.moved, t.entered) }));
      const rates = byOwner.map((b) => b.conversionRate).filter((r): r is number => r !== null);
      return {
        stage: stage.key,
        byOwner,
        spread: rates.length > 1 ? Math.max(...rates) - Math.min(...rates) : null,
      };
    });
}
