import { stageMetrics } from "./stage-metrics";
import { currentStages, stageIndex } from "./stage-visits";
import { daysBetween, ratio } from "./statistics";
import type { PipelineData } from "./types";

export type StaleDeal = {
  opportunityId: string;
  name: string;
  owner: string | null;
  amount: number | null;
  stage: string;
  daysInStage: number;
  medianDays: number;
};

/**
 * Open opportunities sitting in their current stage for more than `multiple` times that stage's
 * median stay: counted as live, going nowhere.
 */
export function staleDeals(data: PipelineData, asOf: Date, multiple = 2): StaleDeal[] {
  const medians = new Map(stageMetrics(data).map((s) => [s.key, s.medianDays]));
  const current = currentStages(data);
  const stale: StaleDeal[] = [];
  for (const o of data.opportunities) {
    if (o.status !== "open") continue;
    const here = current.get(o.id);
    const medianDays = here ? medians.get(here.stage) : null;
    if (!here || medianDays === null || medianDays === undefined) continue;
    const daysInStage = daysBetween(here.enteredAt, asOf);
    if (daysInStage > multiple * medianDays) {
      stale.push({
        opportunityId: o.id,
        name: o.name,
        owner: o.owner,
        amount: o.amount,
        stage: here.stage,
        daysInStage,
        medianDays,
      });
    }
  }
  return stale.sort((a, b) => b.daysInStage / b.medianDays - a.daysInStage / a.medianDays);
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
    .sort((a, b) => b.wonRevenue - a.wonRevenue || a.source.localeCompare(b.source));
}

export type OwnerShare = {
  owner: string;
  openValueShare: number | null;
  wonRevenueShare: number | null;
};

/** How much of the open pipeline and of won revenue each owner carries, largest first. */
export function keyPersonDependence(data: PipelineData): {
  owners: OwnerShare[];
  topOwner: OwnerShare | null;
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
  const owners = [...sums.entries()]
    .map(([owner, s]) => ({
      owner,
      openValueShare: ratio(s.open, openTotal),
      wonRevenueShare: ratio(s.won, wonTotal),
    }))
    .sort(
      (a, b) => (b.openValueShare ?? 0) - (a.openValueShare ?? 0) || a.owner.localeCompare(b.owner),
    );
  return { owners, topOwner: owners[0] ?? null };
}

export type ConversionSpread = {
  stage: string;
  byOwner: { owner: string; conversionRate: number | null }[];
  spread: number | null;
};

/** Stage conversion per owner, and the gap between the best and the worst. */
export function ownerConversionSpread(data: PipelineData): ConversionSpread[] {
  const owners = [...new Set(data.opportunities.map((o) => o.owner ?? "Unassigned"))].sort();
  const perOwner = owners.map((owner) => {
    const ids = new Set(
      data.opportunities.filter((o) => (o.owner ?? "Unassigned") === owner).map((o) => o.id),
    );
    const subset: PipelineData = {
      stages: data.stages,
      opportunities: data.opportunities.filter((o) => ids.has(o.id)),
      events: data.events.filter((e) => ids.has(e.opportunityId)),
    };
    return { owner, stages: new Map(stageMetrics(subset).map((s) => [s.key, s])) };
  });
  const stages = stageIndex(data.stages);
  return stageMetrics(data).map((s) => {
    const byOwner = perOwner
      .filter((p) => (p.stages.get(s.key)?.entered ?? 0) > 0)
      .map((p) => ({ owner: p.owner, conversionRate: p.stages.get(s.key)!.conversionRate }));
    const rates = byOwner.map((b) => b.conversionRate).filter((r): r is number => r !== null);
    return {
      stage: stages.get(s.key)!.key,
      byOwner,
      spread: rates.length > 1 ? Math.max(...rates) - Math.min(...rates) : null,
    };
  });
}
