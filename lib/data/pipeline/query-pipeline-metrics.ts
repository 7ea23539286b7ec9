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
  undated: bigint;
  out_of_order: bigint;
};

type DealRow = {
  won: bigint;
  lost: bigint;
  open: bigint;
  average_deal_value: unknown;
  average_cycle_days: unknown;
  median_cycle_days: unknown;
  qualified: bigint;
  open_value: unknown;
  won_without_amount: bigint;
  open_without_amount: bigint;
  closed_before_opened: bigint;
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
          select "stageKey" as key,
                 count(*) as entered,
                 count(*) filter (where later > position) as moved_forward,
                 count(*) filter (where later <= position and status = 'LOST') as dropped
            from visits where nth = 1 and kind = 'OPEN'
           group by "stageKey"
        ),
        stays as (
          select "stageKey" as key,
                 percentile_cont(0.5) within group (order by days) filter (where days >= 0) as median_days,
                 avg(days) filter (where days >= 0) as mean_days,
                 percentile_cont(0.9) within group (order by days) filter (where days >= 0) as p90_days,
                 count(*) filter (where days is null) as undated,
                 count(*) filter (where days < 0) as out_of_order
            from (select "stageKey", extract(epoch from exited_at - "enteredAt") / 86400 as days
                    from visits where ended and kind = 'OPEN') v
           group by "stageKey"
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
               st.median_days, st.mean_days, st.p90_days,
               coalesce(st.undated, 0) as undated,
               coalesce(st.out_of_order, 0) as out_of_order
          from stages s
          left join entrants en on en.key = s.key
          left join stays st on st.key = s.key
          left join current_here c on c."stageKey" = s.key
         where s.kind = 'OPEN'
         order by s.position`;

      const [deal] = await tx.$queryRaw<DealRow[]>`
        with qualified_from as (
          select position from "PipelineStage" where "organizationId" = ${organizationId}::uuid and key = ${qualifiedFrom}
        ),
        deals as (
          select o.status, o.amount, s.kind, s.position,
                 case when o."openedAt" is not null and o."closedAt" >= o."openedAt"
                      then extract(epoch from o."closedAt" - o."openedAt") / 86400 end as cycle,
                 o."closedAt" < o."openedAt" as closed_before_opened
            from "Opportunity" o
            left join "PipelineStage" s on s."organizationId" = o."organizationId" and s.key = o."stageKey"
           where o."organizationId" = ${organizationId}::uuid ${where}
        )
        select count(*) filter (where status = 'WON') as won,
               count(*) filter (where status = 'LOST') as lost,
               count(*) filter (where status = 'OPEN') as open,
               avg(amount) filter (where status = 'WON') as average_deal_value,
               avg(cycle) filter (where status = 'WON') as average_cycle_days,
               percentile_cont(0.5) within group (order by cycle) filter (where status = 'WON' and cycle is not null) as median_cycle_days,
               count(*) filter (
                 where status = 'OPEN' and kind = 'OPEN' and position >= (select position from qualified_from)
               ) as qualified,
               coalesce(sum(amount) filter (where status = 'OPEN'), 0) as open_value,
               count(*) filter (where status = 'WON' and amount is null) as won_without_amount,
               count(*) filter (where status = 'OPEN' and amount is null) as open_without_amount,
               count(*) filter (where status <> 'OPEN' and closed_before_opened) as closed_before_opened
          from deals`;

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
            undatedStays: Number(r.undated),
            outOfOrderStays: Number(r.out_of_order),
          };
        }),
        deals: {
          won,
          lost,
          open: Number(deal!.open),
          winRate,
          averageDealValue,
          averageCycleDays,
          medianCycleDays: num(deal!.median_cycle_days),
          qualifiedCount,
          velocityPerDay: velocityPerDay({
            qualifiedCount,
            averageDealValue,
            winRate,
            averageCycleDays,
          }),
          openPipelineValue: num(deal!.open_value) ?? 0,
          wonWithoutAmount: Number(deal!.won_without_amount),
          openWithoutAmount: Number(deal!.open_without_amount),
          closedBeforeOpened: Number(deal!.closed_before_opened),
        },
      };
    },
    { timeoutMs: 120_000 },
  );
}
