import type { Tx } from "@/lib/db";

/**
 * After an import whose history came from a separate file: each deal the history did not cover
 * gets the usual one event (its open stage, entered when created), and every deal knows since
 * when it has been in its current stage: its latest entry into it, so a re-import whose history
 * moved a deal on dates the move.
 */
export async function completeStageHistory(tx: Tx, organizationId: string) {
  await tx.$executeRaw`
    insert into "StageEvent" ("organizationId", "opportunityId", "stageKey", "enteredAt")
    select o."organizationId", o.id, o."stageKey", o."openedAt"
      from "Opportunity" o
      join "PipelineStage" s on s."organizationId" = o."organizationId" and s.key = o."stageKey" and s.kind = 'OPEN'
     where o."organizationId" = ${organizationId}::uuid
       and not exists (select 1 from "StageEvent" e
                        where e."organizationId" = o."organizationId" and e."opportunityId" = o.id)
    on conflict do nothing`;
  // Set-based: one pass over the tenant's events, not one lookup per deal.
  await tx.$executeRaw`
    update "Opportunity" o
       set "stageEnteredAt" = l.at
      from (select e."opportunityId" as id, e."stageKey", max(e."enteredAt") as at
              from "StageEvent" e
             where e."organizationId" = ${organizationId}::uuid
             group by 1, 2) l
     where o."organizationId" = ${organizationId}::uuid
       and o.id = l.id and o."stageKey" = l."stageKey" and o."stageEnteredAt" is distinct from l.at`;
  await tx.$executeRaw`
    update "Opportunity" o set "stageEnteredAt" = o."openedAt"
     where o."organizationId" = ${organizationId}::uuid and o."stageEnteredAt" is null`;
}
