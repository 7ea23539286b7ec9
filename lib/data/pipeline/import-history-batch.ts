import type { Tx } from "@/lib/db";
import type { StageEvent } from "@/lib/domain/pipeline";

/**
 * Stage events from a history export (Salesforce OpportunityHistory), for opportunities already
 * stored, in one statement. Returns how many it inserted and the external ids it did not know.
 */
export async function importHistoryBatch(tx: Tx, organizationId: string, events: StageEvent[]) {
  if (events.length === 0) return { inserted: 0, unknown: new Set<string>() };
  const payload = JSON.stringify(
    events.map((e) => ({ x: e.opportunityId, s: e.stage, t: e.enteredAt })),
  );
  const rows = await tx.$queryRaw<{ unknown: string | null; known: bigint }[]>`
    with e as (
      select * from jsonb_to_recordset(${payload}::jsonb) as e(x text, s text, t timestamp)
    ),
    known as (
      select o.id, o."externalId" from "Opportunity" o
       where o."organizationId" = ${organizationId}::uuid and o."externalId" in (select x from e)
    ),
    inserted as (
      insert into "StageEvent" ("organizationId", "opportunityId", "stageKey", "enteredAt")
      select ${organizationId}::uuid, k.id, e.s, e.t from e join known k on k."externalId" = e.x
      on conflict do nothing
    )
    select null as unknown, (select count(*) from e join known k on k."externalId" = e.x) as known
    union all
    select distinct e.x, 0 from e where not exists (select 1 from known k where k."externalId" = e.x)`;
  return {
    inserted: Number(rows[0]!.known),
    unknown: new Set(rows.slice(1).map((r) => r.unknown!)),
  };
}
