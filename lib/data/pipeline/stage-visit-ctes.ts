import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The common start of the stage queries, as CTEs: `stages` (each with a bit of its own);
 * `visits`, one row per stay in a stage with when it ended (next event, or closing) and the deal's
 * status and owner; and `deals`, one row per deal with the stages it entered as a bit mask and the
 * furthest non-lost stage it reached (won deals count as reaching won). Counting deals per stage
 * from `deals` needs no count(distinct), which would sort every visit once more.
 */
export function stageVisitCtes(
  organizationId: string,
  where: Prisma.Sql = Prisma.empty,
): Prisma.Sql {
  return Prisma.sql`
    stages as (
      select key, label, kind, position, (1::bigint << (row_number() over (order by position) - 1)::int) as bit
        from "PipelineStage" where "organizationId" = ${organizationId}::uuid
    ),
    won_position as (select coalesce(max(position), 2147483647) as p from stages where kind = 'WON'),
    visits as (
      select e."opportunityId", e."stageKey", e."enteredAt", o.status, coalesce(o.owner, 'Unassigned') as owner,
             coalesce(
               lead(e."enteredAt") over (partition by e."opportunityId" order by e."enteredAt"),
               case when o.status <> 'OPEN' then o."closedAt" end
             ) as "exitedAt"
        from "StageEvent" e
        join "Opportunity" o on o."organizationId" = e."organizationId" and o.id = e."opportunityId"
       where e."organizationId" = ${organizationId}::uuid ${where}
    ),
    deals as (
      select v."opportunityId" as id, min(v.owner) as owner, min(v.status::text) as status,
             bit_or(s.bit) as seen,
             greatest(
               coalesce(max(s.position) filter (where s.kind <> 'LOST'), 0),
               case when bool_or(v.status = 'WON') then (select p from won_position) else 0 end
             ) as furthest
        from visits v join stages s on s.key = v."stageKey"
       group by v."opportunityId"
    )`;
}
