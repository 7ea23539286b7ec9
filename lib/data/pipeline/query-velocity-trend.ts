import { withTenant } from "@/lib/db";
import { sqlNumber as num } from "./sql-number";
import { velocityPerDay, type VelocityMonth } from "@/lib/domain/pipeline";

/** Pipeline velocity by month in SQL, as lib/domain/pipeline's velocityTrend defines it. */
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
      ),
      -- The stage a deal stood in at an instant: its last dated entry, in path order, before it
      -- (undated entries are skipped). An entry stands from the latest date seen so far on the
      -- path until the next dated entry.
      dated as (
        select e."opportunityId", e."stageKey",
               max(e."enteredAt") over (partition by e."opportunityId" order by e.seq
                                        rows between unbounded preceding and current row) as since,
               lead(e."enteredAt") over (partition by e."opportunityId" order by e.seq) as next_at
          from "StageEvent" e where e."organizationId" = ${organizationId}::uuid and e."enteredAt" is not null
      ),
      qualified_stays as (
        select d.since, d.next_at, o."openedAt", o.status, o."closedAt"
          from dated d
          join "Opportunity" o on o."organizationId" = ${organizationId}::uuid and o.id = d."opportunityId"
          join "PipelineStage" s on s."organizationId" = ${organizationId}::uuid and s.key = d."stageKey"
         where s.kind = 'OPEN' and s.position >= (select position from qualified_from)
      ),
      -- At a month's end, a deal counts when the entry it stood in then is a qualified one and the
      -- deal had opened and not yet closed.
      qualified as (
        select mo.start, count(q.since) as n
          from months mo
          left join qualified_stays q
            on q.since < mo."end" and (q.next_at is null or q.next_at >= mo."end")
           and q."openedAt" < mo."end" and not (q.status <> 'OPEN' and q."closedAt" < mo."end")
         group by mo.start
      )
      select to_char(mo.start, 'YYYY-MM') as month,
             q.n as qualified,
             count(c.id) as closed,
             count(c.id) filter (where c.status = 'WON') as won,
             avg(c.amount) filter (where c.status = 'WON') as deal_value,
             avg(extract(epoch from c."closedAt" - c."openedAt") / 86400)
               filter (where c.status = 'WON' and c."closedAt" >= c."openedAt") as cycle
        from months mo
        join qualified q on q.start = mo.start
        left join "Opportunity" c
          on c."organizationId" = ${organizationId}::uuid and c.status <> 'OPEN'
         and c."closedAt" >= mo.start and c."closedAt" < mo."end"
       group by mo.start, q.n
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
