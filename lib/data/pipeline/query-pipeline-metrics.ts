import { withTenant } from "@/lib/db";
import {
  velocityPerDay,
  type DealMetrics,
  type PipelineFilters,
  type StageMetrics,
} from "@/lib/domain/pipeline";
import { opportunityFilter } from "./opportunity-filter";
import { sqlNumber as num } from "./sql-number";
import { stageVisitCtes } from "./stage-visit-ctes";

type StageRow = {
  key: string;
  label: string;
  entered: bigint;
  moved_forward: bigint;
  dropped: bigint;
  current: bigint;
  median_days: number | null;
  mean_days: number | null;
  p90_days: number | null;
};

/**
 * Stage and deal metrics for a whole tenant, as SQL aggregates over every row (no sample), with
 * the same definitions as lib/domain/pipeline's reference functions.
 */
export async function queryPipelineMetrics(
  organizationId: string,
  filters: PipelineFilters = {},
  qualifiedFrom = "sql",
): Promise<{ stages: StageMetrics[]; deals: DealMetrics }> {
  const where = opportunityFilter(filters);
  return withTenant(
    organizationId,
    async (tx) => {
      const stageRows = await tx.$queryRaw<StageRow[]>`
        with ${stageVisitCtes(organizationId, where)},
        entrants as (
          select s.key,
                 count(*) as entered,
                 count(*) filter (where d.furthest > s.position) as moved_forward,
                 count(*) filter (where d.furthest <= s.position and d.status = 'LOST') as dropped
            from stages s join deals d on d.seen & s.bit <> 0
           where s.kind = 'OPEN'
           group by s.key
        ),
        stays as (
          select v."stageKey" as key,
                 percentile_cont(0.5) within group (order by v.days) as median_days,
                 avg(v.days) as mean_days,
                 percentile_cont(0.9) within group (order by v.days) as p90_days
            from (select "stageKey", extract(epoch from "exitedAt" - "enteredAt") / 86400 as days
                    from visits where "exitedAt" is not null) v
           group by v."stageKey"
        ),
        current_here as (
          select o."stageKey", count(*) as n from "Opportunity" o
           where o."organizationId" = ${organizationId}::uuid and o.status = 'OPEN' ${where}
           group by o."stageKey"
        )
        select s.key, s.label,
               coalesce(en.entered, 0) as entered,
               coalesce(en.moved_forward, 0) as moved_forward,
               coalesce(en.dropped, 0) as dropped,
               coalesce(c.n, 0) as current,
               st.median_days, st.mean_days, st.p90_days
          from stages s
          left join entrants en on en.key = s.key
          left join stays st on st.key = s.key
          left join current_here c on c."stageKey" = s.key
         where s.kind = 'OPEN'
         order by s.position`;

      const [deal] = await tx.$queryRaw<
        {
          won: bigint;
          lost: bigint;
          open: bigint;
          average_deal_value: unknown;
          average_cycle_days: unknown;
          qualified: bigint;
          open_value: unknown;
        }[]
      >`
        with qualified_from as (
          select position from "PipelineStage" where "organizationId" = ${organizationId}::uuid and key = ${qualifiedFrom}
        )
        select count(*) filter (where o.status = 'WON') as won,
               count(*) filter (where o.status = 'LOST') as lost,
               count(*) filter (where o.status = 'OPEN') as open,
               avg(coalesce(o.amount, 0)) filter (where o.status = 'WON') as average_deal_value,
               avg(extract(epoch from o."closedAt" - o."openedAt") / 86400)
                 filter (where o.status = 'WON' and o."closedAt" is not null) as average_cycle_days,
               count(*) filter (
                 where o.status = 'OPEN' and s.kind = 'OPEN' and s.position >= (select position from qualified_from)
               ) as qualified,
               coalesce(sum(o.amount) filter (where o.status = 'OPEN'), 0) as open_value
          from "Opportunity" o
          left join "PipelineStage" s on s."organizationId" = o."organizationId" and s.key = o."stageKey"
         where o."organizationId" = ${organizationId}::uuid ${where}`;

      const won = Number(deal!.won);
      const lost = Number(deal!.lost);
      const winRate = won + lost === 0 ? null : won / (won + lost);
      const averageDealValue = num(deal!.average_deal_value);
      const averageCycleDays = num(deal!.average_cycle_days);
      const qualifiedCount = Number(deal!.qualified);
      return {
        stages: stageRows.map((r) => {
          const entered = Number(r.entered);
          const movedForward = Number(r.moved_forward);
          return {
            key: r.key,
            label: r.label,
            entered,
            movedForward,
            dropped: Number(r.dropped),
            current: Number(r.current),
            conversionRate: entered === 0 ? null : movedForward / entered,
            medianDays: num(r.median_days),
            meanDays: num(r.mean_days),
            p90Days: num(r.p90_days),
          };
        }),
        deals: {
          won,
          lost,
          open: Number(deal!.open),
          winRate,
          averageDealValue,
          averageCycleDays,
          qualifiedCount,
          velocityPerDay: velocityPerDay({
            qualifiedCount,
            averageDealValue,
            winRate,
            averageCycleDays,
          }),
          openPipelineValue: num(deal!.open_value) ?? 0,
        },
      };
    },
    { timeoutMs: 120_000 },
  );
}
