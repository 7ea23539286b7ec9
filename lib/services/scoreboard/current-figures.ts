import { queryCoverage } from "@/lib/data/pipeline/query-coverage";
import { queryStaleDeals } from "@/lib/data/pipeline/query-stale-deals";
import { pipelineSummary, type PipelineSummaryData } from "@/lib/data/pipeline/pipeline-summary";
import { queryScoreboardExtras } from "@/lib/data/scoreboard/query-scoreboard-extras";
import type { ScoreboardFigures } from "@/lib/domain/scoreboard";

/**
 * The scoreboard's figures over the whole pipeline as it stands at `asOf`, from the stored
 * dashboard summary plus the scoreboard's own aggregates, exactly as `scoreboardFigures` in
 * lib/scoreboard defines them (checked against it in the integration tests).
 */
export async function currentScoreboardFigures(
  organizationId: string,
  options: { asOf: Date; responseHours: number | null },
): Promise<{ figures: ScoreboardFigures; summary: PipelineSummaryData }> {
  const { asOf, responseHours } = options;
  const summary = await pipelineSummary(organizationId, asOf);
  const [coverage, stale, extras] = await Promise.all([
    queryCoverage(organizationId, asOf),
    queryStaleDeals(organizationId, { asOf, multiple: 2, stages: summary.stages, limit: 1 }),
    queryScoreboardExtras(organizationId, { asOf, responseHours }),
  ]);
  const { deals } = summary;
  const named = summary.owners.filter((o) => o.owner !== "Unassigned");
  const topOwnerShare = named.length ? Math.max(...named.map((o) => o.openValueShare ?? 0)) : null;
  return {
    summary,
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
