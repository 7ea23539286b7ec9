import { z } from "zod";
import {
  DAY_MS,
  QUALIFIED_FROM_STAGE,
  dealMetrics,
  keyPersonDependence,
  ratio,
  stageMetrics,
  staleDeals,
  type PipelineData,
} from "@/lib/domain/pipeline";
import { handoffCompliance } from "./handoff-compliance";

/** The one set of figures both teams defend, frozen when a review starts. */
export type ScoreboardFigures = {
  /** The instant the figures were computed for, ISO 8601. */
  asOf: string;
  velocityPerDay: number | null;
  qualifiedCount: number;
  averageDealValue: number | null;
  winRate: number | null;
  averageCycleDays: number | null;
  mqlToSql: number | null;
  sqlToWon: number | null;
  coverageRatio: number | null;
  openPipelineValue: number;
  marketingSourcedPipeline: number;
  staleCount: number;
  topOwnerShare: number | null;
  handoffCompliance: number | null;
};

const share = z.number().min(0).max(1).nullable();
const amount = z.number().finite().nullable();
const count = z.number().int().min(0);

/** Frozen figures read back from storage, checked before a page shows them. */
export const ZScoreboardFigures = z.object({
  asOf: z.iso.datetime(),
  velocityPerDay: amount,
  qualifiedCount: count,
  averageDealValue: amount,
  winRate: share,
  averageCycleDays: z.number().min(0).nullable(),
  mqlToSql: share,
  sqlToWon: share,
  coverageRatio: z.number().min(0).nullable(),
  openPipelineValue: z.number().finite(),
  marketingSourcedPipeline: z.number().finite(),
  staleCount: count,
  topOwnerShare: share,
  handoffCompliance: share,
}) satisfies z.ZodType<ScoreboardFigures>;

/** The owner label the pipeline module gives deals without one: not a person to depend on. */
const UNASSIGNED = "Unassigned";

/**
 * Of the opportunities that reached the qualified stage or any later one (won included), the
 * share won among those closed: won ÷ (won + lost). Unlike the overall win rate it leaves out
 * leads lost before sales accepted them, so it measures what sales makes of what it took on.
 * Open deals are left out, so the figure does not rise merely because time passes.
 */
export function sqlToWonRate(
  data: PipelineData,
  qualifiedFrom = QUALIFIED_FROM_STAGE,
): number | null {
  const stages = new Map(data.stages.map((s) => [s.key, s]));
  const qualifiedOrder = stages.get(qualifiedFrom)?.order ?? Number.MAX_SAFE_INTEGER;
  const reached = new Set<string>();
  for (const e of data.events) {
    const stage = stages.get(e.stage);
    if (stage && stage.kind !== "lost" && stage.order >= qualifiedOrder) {
      reached.add(e.opportunityId);
    }
  }
  let won = 0;
  let lost = 0;
  for (const o of data.opportunities) {
    // A won deal reached the won stage even when its export has no event for it.
    if (o.status === "won") won++;
    else if (o.status === "lost" && reached.has(o.id)) lost++;
  }
  return ratio(won, won + lost);
}

export type ScoreboardOptions = {
  asOf: Date;
  /** Revenue target of the current period; null when none is set. */
  revenueTarget: number | null;
  /** From the standard in effect; null when no standard is signed yet. */
  responseHours: number | null;
  /** How many times a stage's median stay makes a deal stale. */
  staleMultiple?: number;
  /** Handoffs from this many days before `asOf` count towards compliance. */
  handoffWindowDays?: number;
  handoffStage?: string;
};

/**
 * The scoreboard from the pipeline as it stands at `asOf`. Marketing-sourced pipeline is the
 * open value of deals that came through the handoff stage: marketing passed them to sales,
 * whatever the CRM's free-text source says. Handoff compliance looks at the last quarter only,
 * so a fortnight's change in how sales responds shows rather than drowning in old history.
 */
export function scoreboardFigures(
  data: PipelineData,
  options: ScoreboardOptions,
): ScoreboardFigures {
  const { asOf, revenueTarget, responseHours, staleMultiple = 2, handoffWindowDays = 91 } = options;
  const handoffStage = options.handoffStage ?? "mql";
  const deals = dealMetrics(data);
  const handoff = stageMetrics(data).find((s) => s.key === handoffStage);
  const handedOver = new Set(
    data.events.filter((e) => e.stage === handoffStage).map((e) => e.opportunityId),
  );
  // The scoreboard's key-person tile is about the pipeline still to win: the largest open share.
  const topOwner = keyPersonDependence(data)
    .owners.filter((o) => o.owner !== UNASSIGNED)
    .sort((a, b) => (b.openValueShare ?? 0) - (a.openValueShare ?? 0))[0];
  return {
    asOf: asOf.toISOString(),
    velocityPerDay: deals.velocityPerDay,
    qualifiedCount: deals.qualifiedCount,
    averageDealValue: deals.averageDealValue,
    winRate: deals.winRate,
    averageCycleDays: deals.averageCycleDays,
    mqlToSql: handoff?.conversionRate ?? null,
    sqlToWon: sqlToWonRate(data),
    coverageRatio:
      revenueTarget !== null && revenueTarget > 0 ? deals.openPipelineValue / revenueTarget : null,
    openPipelineValue: deals.openPipelineValue,
    marketingSourcedPipeline: data.opportunities
      .filter((o) => o.status === "open" && handedOver.has(o.id))
      .reduce((sum, o) => sum + (o.amount ?? 0), 0),
    staleCount: staleDeals(data, asOf, staleMultiple).deals.length,
    topOwnerShare: topOwner?.openValueShare ?? null,
    handoffCompliance:
      responseHours === null
        ? null
        : handoffCompliance(data, {
            responseHours,
            asOf,
            from: new Date(asOf.getTime() - handoffWindowDays * DAY_MS),
            handoffStage,
          }).compliance,
  };
}
