import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The common start of the stage queries (docs/pipeline-model.md), as CTEs:
 * - `stages`: the organization's pipeline;
 * - `visits`: one row per entry in path order (`seq`), with the deal's status and owner, whether
 *   the stay has ended and when (the next entry; the close, for a closed deal whose path stops at
 *   an open stage), `nth` (1 for the deal's first entry at that stage), and `later` (the
 *   furthest non-lost stage the deal entered after this entry; won deals reach won).
 */
export function stageVisitCtes(
  organizationId: string,
  where: Prisma.Sql = Prisma.empty,
): Prisma.Sql {
  return Prisma.sql`
    stages as (
      select key, label, kind, position from "PipelineStage" where "organizationId" = ${organizationId}::uuid
    ),
    won_position as (select coalesce(max(position), 2147483647) as p from stages where kind = 'WON'),
    entries as (
      select e."opportunityId", e."stageKey", e.seq, e."enteredAt", s.kind, s.position,
             o.status, coalesce(o.owner, 'Unassigned') as owner, o."closedAt",
             lead(e.seq) over w as next_seq,
             lead(e."enteredAt") over w as next_at,
             max(case when s.kind <> 'LOST' then s.position end)
               over (w rows between 1 following and unbounded following) as later_entered,
             row_number() over (partition by e."opportunityId", e."stageKey" order by e.seq) as nth
        from "StageEvent" e
        join "Opportunity" o on o."organizationId" = e."organizationId" and o.id = e."opportunityId"
        join stages s on s.key = e."stageKey"
       where e."organizationId" = ${organizationId}::uuid ${where}
      window w as (partition by e."opportunityId" order by e.seq)
    ),
    visits as (
      select v.*,
             (v.next_seq is not null
               or (v.status <> 'OPEN' and v.kind = 'OPEN' and v."closedAt" is not null)) as ended,
             case when v.next_seq is not null then v.next_at
                  when v.status <> 'OPEN' and v.kind = 'OPEN' then v."closedAt" end as exited_at,
             greatest(coalesce(v.later_entered, 0),
                      case when v.status = 'WON' then (select p from won_position) else 0 end) as later
        from entries v
    )`;
}
