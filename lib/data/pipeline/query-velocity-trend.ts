import { withTenant } from "@/lib/db";
import { sqlNumber as num } from "./sql-fragments";
import { velocityPerDay, type VelocityMonth } from "@/lib/pipeline";

/** Pipeline velocity by month in SQL, as lib/pipeline's velocityTrend defines it. */
export async function queryVelocityTrend(
  organizationId: string,
  from: Date,
  to: Date,
  qualifiedFrom = "sql",
): Promise<VelocityMonth[]> {
  const rows = await withTenant(
    organizationId,
    (tx) => tx.$queryRaw<
      {
        month: string;
        qualified: bigint;
        closed: bigint;
        won: bigint;
        deal_value: unknown;
        cycle: unknown;
      }[]
    >`
      with months as (
        select m as start, m + interval '1 month' as "end"
          from generate_series(date_trunc('month', ${from}::timestamp), date_trunc('month', ${to}::timestamp), interval '1 month') m
      ),
      qualified_from as (
        select position from "PipelineStage" where "organizationId" = ${organizationId}::uuid and key = ${qualifiedFrom}
      )
      select to_char(mo.start, 'YYYY-MM') as month,
             (select count(*) from "Opportunity" o
               cross join lateral (
                 select e."stageKey" from "StageEvent" e
                  where e."organizationId" = o."organizationId" and e."opportunityId" = o.id and e."enteredAt" < mo."end"
                  order by e."enteredAt" desc limit 1
               ) latest
               join "PipelineStage" s on s."organizationId" = o."organizationId" and s.key = latest."stageKey"
              where o."organizationId" = ${organizationId}::uuid
                and o."openedAt" < mo."end"
                and not (o.status <> 'OPEN' and o."closedAt" < mo."end")
                and s.kind = 'OPEN' and s.position >= (select position from qualified_from)) as qualified,
             count(c.id) as closed,
             count(c.id) filter (where c.status = 'WON') as won,
             avg(coalesce(c.amount, 0)) filter (where c.status = 'WON') as deal_value,
             avg(extract(epoch from c."closedAt" - c."openedAt") / 86400) filter (where c.status = 'WON') as cycle
        from months mo
        left join "Opportunity" c
          on c."organizationId" = ${organizationId}::uuid and c.status <> 'OPEN'
         and c."closedAt" >= mo.start and c."closedAt" < mo."end"
       group by mo.start, mo."end"
       order by mo.start`,
    { timeoutMs: 120_000 },
  );
  return rows.map((r) => {
    const closed = Number(r.closed);
    const winRate = closed === 0 ? null : Number(r.won) / closed;
    const averageDealValue = num(r.deal_value);
    const averageCycleDays = num(r.cycle);
    const qualifiedCount = Number(r.qualified);
    return {
      month: r.month,
      qualifiedCount,
      winRate,
      averageDealValue,
      averageCycleDays,
      velocityPerDay: velocityPerDay({
        qualifiedCount,
        averageDealValue,
        winRate,
        averageCycleDays,
      }),
    };
  });
}
