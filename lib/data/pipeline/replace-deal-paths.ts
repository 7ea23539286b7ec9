import type { Tx } from "@/lib/db";
import type { StageEvent } from "@/lib/domain/pipeline";
import type { StoredDealRow } from "./read-stored-deals";
import { priorOf } from "./write-deal-batch";

/**
 * Give stored deals the paths a history file shows, inside the import's transaction. Before a
 * deal that existed before this import loses its entries, they are kept with its prior state, so
 * undoing the import puts them back. Two statements: the old entries must be gone before the new
 * ones take their places in the path.
 */
export async function replaceDealPaths(
  tx: Tx,
  organizationId: string,
  importId: string,
  items: { deal: StoredDealRow; path: StageEvent[] }[],
) {
  if (items.length === 0) return;
  const deals = JSON.stringify(
    items.map(({ deal, path }) => ({
      id: deal.uuid,
      earlier: deal.importId !== importId,
      prior: priorOf(deal),
      stage_key: path.at(-1)!.stage,
      stage_entered_at: path.at(-1)!.enteredAt,
    })),
  );
  await tx.$executeRaw`
    with input as (
      select * from jsonb_to_recordset(${deals}::jsonb) as r(id uuid, earlier boolean, prior jsonb)
    ),
    kept as (
      select e."opportunityId" as id,
             jsonb_agg(jsonb_build_object('seq', e.seq, 'stageKey', e."stageKey", 'enteredAt', e."enteredAt",
                                          'estimated', e.estimated, 'back', e.back, 'importId', e."importId")
                       order by e.seq) as events
        from "StageEvent" e join input r on r.id = e."opportunityId" and r.earlier
       where e."organizationId" = ${organizationId}::uuid and e."importId" is distinct from ${importId}::uuid
       group by 1
    ),
    priors as (
      insert into "OpportunityPrior" ("organizationId", "importId", "opportunityId", data)
      select ${organizationId}::uuid, ${importId}::uuid, r.id,
             r.prior || jsonb_build_object('events', coalesce(k.events, '[]'::jsonb))
        from input r left join kept k on k.id = r.id
       where r.earlier
      on conflict ("organizationId", "importId", "opportunityId") do update
        set data = "OpportunityPrior".data || jsonb_build_object('events', excluded.data -> 'events')
        where not ("OpportunityPrior".data ? 'events')
    )
    delete from "StageEvent" e using input r
     where e."organizationId" = ${organizationId}::uuid and e."opportunityId" = r.id`;
  const events = JSON.stringify(
    items.flatMap(({ deal, path }) =>
      path.map((e) => ({ o: deal.uuid, q: e.seq, s: e.stage, t: e.enteredAt, b: e.back ?? false })),
    ),
  );
  await tx.$executeRaw`
    with ins as (
      insert into "StageEvent" ("organizationId", "opportunityId", seq, "stageKey", "enteredAt", back, "importId")
      select ${organizationId}::uuid, e.o, e.q, e.s, e.t, e.b, ${importId}::uuid
        from jsonb_to_recordset(${events}::jsonb) as e(o uuid, q int, s text, t timestamp, b boolean)
    )
    update "Opportunity" o set "stageKey" = r.stage_key, "stageEnteredAt" = r.stage_entered_at, "updatedAt" = now()
      from jsonb_to_recordset(${deals}::jsonb) as r(id uuid, stage_key text, stage_entered_at timestamp)
     where o."organizationId" = ${organizationId}::uuid and o.id = r.id`;
}
