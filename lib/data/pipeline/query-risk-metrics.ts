import { withTenant } from "@/lib/db";
import { sqlNumber as num } from "./sql-fragments";
import type { OwnerShare, SourceQuality, StaleDeal } from "@/lib/pipeline";

/**
 * Source quality, key-person dependence and stale deals for a whole tenant in SQL, with the
 * definitions of lib/pipeline's reference functions.
 */
export async function queryRiskMetrics(
  organizationId: string,
  options: { asOf: Date; staleMultiple?: number; withStale?: boolean },
): Promise<{ sources: SourceQuality[]; owners: OwnerShare[]; stale: StaleDeal[] }> {
  const multiple = options.staleMultiple ?? 2;
  return withTenant(
    organizationId,
    async (tx) => {
      const sources = await tx.$queryRaw<
        { source: string; won: bigint; lost: bigint; won_revenue: unknown }[]
      >`
        select coalesce(source, 'Unknown') as source,
               count(*) filter (where status = 'WON') as won,
               count(*) filter (where status = 'LOST') as lost,
               coalesce(sum(coalesce(amount, 0)) filter (where status = 'WON'), 0) as won_revenue
          from "Opportunity" where "organizationId" = ${organizationId}::uuid
         group by 1
         order by won_revenue desc, source asc`;

      const owners = await tx.$queryRaw<
        { owner: string; open_share: unknown; won_share: unknown }[]
      >`
        with totals as (
          select sum(coalesce(amount, 0)) filter (where status = 'OPEN') as open_total,
                 sum(coalesce(amount, 0)) filter (where status = 'WON') as won_total
            from "Opportunity" where "organizationId" = ${organizationId}::uuid
        )
        select coalesce(o.owner, 'Unassigned') as owner,
               sum(coalesce(o.amount, 0)) filter (where o.status = 'OPEN') / nullif(max(t.open_total), 0) as open_share,
               coalesce(sum(coalesce(o.amount, 0)) filter (where o.status = 'WON'), 0) / nullif(max(t.won_total), 0) as won_share
          from "Opportunity" o cross join totals t
         where o."organizationId" = ${organizationId}::uuid
         group by 1
         order by coalesce(sum(coalesce(o.amount, 0)) filter (where o.status = 'OPEN') / nullif(max(t.open_total), 0), 0) desc, 1 asc`;

      const stale =
        options.withStale === false
          ? []
          : await tx.$queryRaw<
              {
                external_id: string;
                name: string;
                owner: string | null;
                amount: unknown;
                stage: string;
                days: number;
                median: number;
              }[]
            >`
        with visits as (
          select e."stageKey",
                 extract(epoch from coalesce(
                   lead(e."enteredAt") over (partition by e."opportunityId" order by e."enteredAt"),
                   case when o.status <> 'OPEN' then o."closedAt" end
                 ) - e."enteredAt") / 86400 as days
            from "StageEvent" e
            join "Opportunity" o on o."organizationId" = e."organizationId" and o.id = e."opportunityId"
           where e."organizationId" = ${organizationId}::uuid
        ),
        medians as (
          select "stageKey", percentile_cont(0.5) within group (order by days) as median
            from visits where days is not null group by "stageKey"
        )
        select o."externalId" as external_id, o.name, o.owner, o.amount, o."stageKey" as stage,
               extract(epoch from ${options.asOf}::timestamp - o."stageEnteredAt") / 86400 as days,
               m.median
          from "Opportunity" o
          join medians m on m."stageKey" = o."stageKey"
         where o."organizationId" = ${organizationId}::uuid and o.status = 'OPEN'
           and extract(epoch from ${options.asOf}::timestamp - o."stageEnteredAt") / 86400 > ${multiple} * m.median
         order by (extract(epoch from ${options.asOf}::timestamp - o."stageEnteredAt") / 86400) / nullif(m.median, 0) desc`;

      return {
        sources: sources.map((s) => {
          const won = Number(s.won);
          const lost = Number(s.lost);
          return {
            source: s.source,
            won,
            lost,
            winRate: won + lost === 0 ? null : won / (won + lost),
            wonRevenue: Number(s.won_revenue),
          };
        }),
        owners: owners.map((o) => ({
          owner: o.owner,
          openValueShare: num(o.open_share),
          wonRevenueShare: num(o.won_share),
        })),
        stale: stale.map((s) => ({
          opportunityId: s.external_id,
          name: s.name,
          owner: s.owner,
          amount: num(s.amount),
          stage: s.stage,
          daysInStage: Number(s.days),
          medianDays: Number(s.median),
        })),
      };
    },
    { timeoutMs: 120_000 },
  );
}
