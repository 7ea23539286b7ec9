import { queryCoverage } from "@/lib/data/pipeline/query-coverage";
import { staleDealsOf } from "@/lib/services/pipeline/stale-deals-of";
import {
  ensurePipelineSummary,
  type PipelineSummaryData,
} from "@/lib/services/pipeline/pipeline-summary";
import { queryScoreboardExtras } from "@/lib/data/scoreboard/query-scoreboard-extras";
import type { ScoreboardFigures } from "@/lib/domain/scoreboard";

/**
 * The scoreboard's figures over the whole pipeline as of the data's own date (or `asOf` when
 * given), from the dashboard summary plus the scoreboard's own aggregates, exactly as
 * `scoreboardFigures` in lib/domain/scoreboard defines them (checked against it in the integration
 * tests).
 */
export async function currentScoreboardFigures(
  organizationId: string,
  options: { asOf?: Date; responseHours: number | null; summary?: PipelineSummaryData },
): Promise<{
  figures: ScoreboardFigures;
  summary: PipelineSummaryData;
  /** The handoffs behind the compliance figure; null without the standard's response hours. */
  handoff: { considered: number; inTime: number; medianAnswerHours: number | null } | null;
}> {
  const { responseHours } = options;
  const summary = options.summary ?? (await ensurePipelineSummary(organizationId));
  const asOf = options.asOf ?? (summary.asOf ? new Date(summary.asOf) : new Date());
  const [coverage, stale, extras] = await Promise.all([
    queryCoverage(organizationId, asOf),
    staleDealsOf(organizationId, summary, { asOf, limit: 1 }),
    queryScoreboardExtras(organizationId, { asOf, responseHours }),
  ]);
  const { deals } = summary;
  const named = summary.owners.filter((o) => o.owner !== "Unassigned");
  const topOwnerShare = named.length ? Math.max(...named.map((o) => o.openValueShare ?? 0)) : null;
  return {
    summary,
    handoff: extras.handoff,
    figures: {
      asOf: asOf.toISOString(),
      velocityPerDay: deals.velocityPerDay,
      qualifiedCount: deals.qualifiedCount,
      averageDealValue: deals.averageDealValue,
      winRate: deals.winRate,
      averageCycleDays: deals.averageCycleDays,
      mqlToSql: summary.stages.find((s) => s.key === "mql")?.conversionRate ?? null,
      sqlToWon: extras.sqlToWon,
      coverageRatio: coverage?.ratio ?? null,
      openPipelineValue: deals.openPipelineValue,
      marketingSourcedPipeline: extras.marketingSourcedPipeline,
      staleCount: stale.total,
      topOwnerShare,
      handoffCompliance: extras.handoff?.compliance ?? null,
    },
  };
}
