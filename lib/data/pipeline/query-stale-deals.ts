import { withTenant } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PipelineFilters, StaleDeal, StageMetrics } from "@/lib/domain/pipeline";
import { opportunityFilter } from "./opportunity-filter";
import { sqlNumber as num } from "./sql-number";

/** What the stale list can be ordered by: stall ratio, open amount, or days (in stage, else open). */
export type StaleDealOrder = { by: "ratio" | "amount" | "days"; direction: "asc" | "desc" };

const ORDER_COLUMNS: Record<StaleDealOrder["by"], Prisma.Sql> = {
  ratio: Prisma.sql`ratio`,
  amount: Prisma.sql`amount`,
  // The days the list shows: in the stage when that is timed, else since the deal opened.
  days: Prisma.sql`(case basis when 'stage' then days_in_stage else age end)`,
};

/**
 * The order clause: the chosen column, deals without an amount last either way, then the
 * external id (byte order) so that pages never overlap or skip a deal between two reads.
 */
function orderBy({ by, direction }: StaleDealOrder) {
  const dir = direction === "asc" ? Prisma.sql`asc` : Prisma.sql`desc`;
  return Prisma.sql`order by ${ORDER_COLUMNS[by]} ${dir} nulls last, "externalId" collate "C"`;
}

type Row = {
  external_id: string;
  name: string;
  owner: string | null;
  amount: unknown;
  stage: string;
  days_in_stage: number | null;
  age: number | null;
  basis: "stage" | "age";
  median: number;
  ratio: number;
  total: bigint;
};

/**
 * Open deals going nowhere (docs/pipeline-model.md), as staleDeals defines them: past `multiple`
 * × their stage's median stay, or, when the stay cannot be timed, their age past `multiple` × the
 * median won cycle. Largest stall ratio first unless `order` says otherwise, with the count of all
 * of them and of the open deals that could not be judged. The medians are the whole pipeline's, since a stage's usual stay does
 * not change with whose deals are shown; filters narrow the list.
 */
export async function queryStaleDeals(
  organizationId: string,
  options: {
    asOf: Date;
    multiple: number;
    stages: StageMetrics[];
    medianCycleDays: number | null;
    /** Rows to return; without one, all of them. */
    limit?: number;
    offset?: number;
    filters?: PipelineFilters;
    order?: StaleDealOrder;
  },
): Promise<{ deals: StaleDeal[]; total: number; unjudged: number }> {
  const medians = options.stages.filter((s) => s.medianDays !== null && s.medianDays > 0);
  const where = opportunityFilter(options.filters ?? {});
  return withTenant(organizationId, async (tx) => {
    const rated = await tx.$queryRaw<Row[]>`
      with m as (
        select * from unnest(${medians.map((s) => s.key)}::text[], ${medians.map((s) => s.medianDays)}::float8[])
          as m(stage_key, median)
      ),
      open_deals as (
        select o."externalId", o.name, o.owner, o.amount, o."stageKey",
               extract(epoch from ${options.asOf}::timestamp - o."stageEnteredAt") / 86400 as days_in_stage,
               extract(epoch from ${options.asOf}::timestamp - o."openedAt") / 86400 as age,
               m.median as stage_median
          from "Opportunity" o left join m on m.stage_key = o."stageKey"
         where o."organizationId" = ${organizationId}::uuid and o.status = 'OPEN' ${where}
      ),
      judged as (
        select *,
               case when days_in_stage is not null and stage_median is not null then 'stage'
                    when age is not null and ${options.medianCycleDays}::float8 > 0 then 'age' end as basis
          from open_deals
      ),
      rated as (
        select *,
               case basis when 'stage' then stage_median else ${options.medianCycleDays}::float8 end as median,
               case basis when 'stage' then days_in_stage / stage_median
                          when 'age' then age / ${options.medianCycleDays}::float8 end as ratio
          from judged
      )
      select "externalId" as external_id, name, owner, amount, "stageKey" as stage,
             days_in_stage::float8, age::float8, basis, median::float8, ratio::float8,
             count(*) over () as total
        from rated
       where ratio > ${options.multiple}
       ${orderBy(options.order ?? { by: "ratio", direction: "desc" })}
       limit ${options.limit ?? null}::bigint offset ${options.offset ?? 0}`;
    const [unjudged] = await tx.$queryRaw<{ n: bigint }[]>`
      select count(*) as n from "Opportunity" o
       where o."organizationId" = ${organizationId}::uuid and o.status = 'OPEN' ${where}
         and not ((o."stageEnteredAt" is not null
                   and o."stageKey" = any(${medians.map((s) => s.key)}::text[]))
                  or (o."openedAt" is not null and ${options.medianCycleDays}::float8 > 0))`;
    return {
      total: Number(rated[0]?.total ?? 0),
      unjudged: Number(unjudged?.n ?? 0),
      deals: rated.map((s) => ({
        opportunityId: s.external_id,
        name: s.name,
        owner: s.owner,
        amount: num(s.amount),
        stage: s.stage,
        daysInStage: s.days_in_stage === null ? null : Number(s.days_in_stage),
        ageDays: s.age === null ? null : Number(s.age),
        basis: s.basis,
        medianDays: Number(s.median),
        stallRatio: Number(s.ratio),
      })),
    };
  });
}
