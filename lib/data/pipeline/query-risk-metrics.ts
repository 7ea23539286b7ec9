import { withTenant } from "@/lib/db";
import { sqlNumber as num } from "./sql-number";
import { rankOwners, type OwnerShare, type SourceQuality } from "@/lib/domain/pipeline";

/**
 * Source quality and key-person dependence for a whole tenant in SQL, with the
 * definitions of lib/domain/pipeline's reference functions.
 */
export async function queryRiskMetrics(
  organizationId: string,
): Promise<{ sources: SourceQuality[] } & ReturnType<typeof rankOwners>> {
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
         order by won_revenue desc, coalesce(source, 'Unknown') collate "C" asc`;

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
         group by 1`;

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
        ...rankOwners(
          owners.map((o): OwnerShare => ({
            owner: o.owner,
            openValueShare: num(o.open_share),
            wonRevenueShare: num(o.won_share),
          })),
        ),
      };
    },
    { timeoutMs: 120_000 },
  );
}
