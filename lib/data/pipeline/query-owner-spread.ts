import { withTenant } from "@/lib/db";
import type { ConversionSpread } from "@/lib/pipeline";

/** Stage conversion per owner in SQL, and the gap between the best and the worst owner. */
export async function queryOwnerConversionSpread(
  organizationId: string,
): Promise<ConversionSpread[]> {
  const rows = await withTenant(
    organizationId,
    (tx) => tx.$queryRaw<{ stage: string; owner: string | null; entered: bigint; moved: bigint }[]>`
      with stages as (
        select key, kind, position from "PipelineStage" where "organizationId" = ${organizationId}::uuid
      ),
      won_position as (select coalesce(max(position), 2147483647) as p from stages where kind = 'WON'),
      visits as (
        select e."opportunityId", e."stageKey", o.status, coalesce(o.owner, 'Unassigned') as owner
          from "StageEvent" e
          join "Opportunity" o on o."organizationId" = e."organizationId" and o.id = e."opportunityId"
         where e."organizationId" = ${organizationId}::uuid
      ),
      furthest as (
        select v."opportunityId" as id,
               greatest(
                 coalesce(max(s.position) filter (where s.kind <> 'LOST'), 0),
                 case when bool_or(v.status = 'WON') then (select p from won_position) else 0 end
               ) as position
          from visits v join stages s on s.key = v."stageKey"
         group by v."opportunityId"
      )
      select s.key as stage, v.owner,
             count(distinct v."opportunityId") as entered,
             count(distinct v."opportunityId") filter (where f.position > s.position) as moved
        from stages s
        left join visits v on v."stageKey" = s.key
        left join furthest f on f.id = v."opportunityId"
       where s.kind = 'OPEN'
       group by s.key, s.position, v.owner
       order by s.position, v.owner collate "C"`,
    { timeoutMs: 120_000 },
  );
  const byStage = new Map<string, ConversionSpread>();
  for (const row of rows) {
    const entry = byStage.get(row.stage) ?? { stage: row.stage, byOwner: [], spread: null };
    byStage.set(row.stage, entry);
    if (row.owner === null || Number(row.entered) === 0) continue;
    entry.byOwner.push({
      owner: row.owner,
      conversionRate: Number(row.moved) / Number(row.entered),
    });
  }
  return [...byStage.values()].map((entry) => {
    const rates = entry.byOwner.map((b) => b.conversionRate).filter((r): r is number => r !== null);
    return { ...entry, spread: rates.length > 1 ? Math.max(...rates) - Math.min(...rates) : null };
  });
}
