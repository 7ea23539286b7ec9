import { withTenant } from "@/lib/db";
import type { PipelineFilters, StaleDeal, StageMetrics } from "@/lib/domain/pipeline";
import { opportunityFilter } from "./opportunity-filter";
import { sqlNumber as num } from "./sql-number";

/**
 * Open deals in their current stage for more than `multiple` × that stage's median stay, the
 * longest overdue first, with the count of all of them. The medians come from the stage figures,
 * so only open deals are read. Filters narrow the list; the medians stay the whole pipeline's,
 * since a stage's usual stay does not change with whose deals are shown.
 */
export async function queryStaleDeals(
  organizationId: string,
  options: {
    asOf: Date;
    multiple: number;
    stages: StageMetrics[];
    limit: number;
    filters?: PipelineFilters;
  },
): Promise<{ deals: StaleDeal[]; total: number }> {
  const medians = options.stages.filter((s) => s.medianDays !== null);
  if (medians.length === 0) return { deals: [], total: 0 };
  const rows = await withTenant(
    organizationId,
    (tx) =>
      tx.$queryRaw<
        {
          external_id: string;
          name: string;
          owner: string | null;
          amount: unknown;
          stage: string;
          days: number;
          median: number;
          total: bigint;
        }[]
      >`
      with m as (
        select * from unnest(${medians.map((s) => s.key)}::text[], ${medians.map((s) => s.medianDays)}::float8[])
          as m(stage_key, median)
      ),
      stale as (
        select o."externalId", o.name, o.owner, o.amount, o."stageKey",
               extract(epoch from ${options.asOf}::timestamp - o."stageEnteredAt") / 86400 as days, m.median
          from "Opportunity" o
          join m on m.stage_key = o."stageKey"
         where o."organizationId" = ${organizationId}::uuid and o.status = 'OPEN' ${opportunityFilter(options.filters ?? {})}
           and extract(epoch from ${options.asOf}::timestamp - o."stageEnteredAt") / 86400 > ${options.multiple} * m.median
      )
      select "externalId" as external_id, name, owner, amount, "stageKey" as stage, days::float8 as days,
             median, count(*) over () as total
        from stale
       order by days / nullif(median, 0) desc
       limit ${options.limit}`,
  );
  return {
    total: Number(rows[0]?.total ?? 0),
    deals: rows.map((s) => ({
      opportunityId: s.external_id,
      name: s.name,
      owner: s.owner,
      amount: num(s.amount),
      stage: s.stage,
      daysInStage: Number(s.days),
      medianDays: Number(s.median),
    })),
  };
}
