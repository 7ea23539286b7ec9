import type { Tx } from "@/lib/db";

/**
 * Roll one import back inside a transaction: deals it changed get back what they were (fields
 * and, where it replaced them, their entries), entries it added go, deals it brought in go with
 * their entries. The caller checks that it is the latest import still in effect.
 */
export async function undoImport(tx: Tx, organizationId: string, importId: string) {
  const org = organizationId;
  // Entries first: the ones this import added, and all of a deal whose entries it replaced.
  await tx.$executeRaw`
    delete from "StageEvent" e
     where e."organizationId" = ${org}::uuid
       and (e."importId" = ${importId}::uuid
            or e."opportunityId" in (select p."opportunityId" from "OpportunityPrior" p
                                      where p."organizationId" = ${org}::uuid and p."importId" = ${importId}::uuid
                                        and p.data ? 'events'))`;
  await tx.$executeRaw`
    insert into "StageEvent" ("organizationId", "opportunityId", seq, "stageKey", "enteredAt", estimated, back, "importId")
    select ${org}::uuid, p."opportunityId", (e->>'seq')::int, e->>'stageKey', (e->>'enteredAt')::timestamp,
           (e->>'estimated')::boolean, (e->>'back')::boolean, (e->>'importId')::uuid
      from "OpportunityPrior" p, jsonb_array_elements(p.data -> 'events') e
     where p."organizationId" = ${org}::uuid and p."importId" = ${importId}::uuid and p.data ? 'events'`;
  await tx.$executeRaw`
    update "Opportunity" o set
      name = p.data->>'name', account = p.data->>'account', owner = p.data->>'owner',
      source = p.data->>'source', segment = p.data->>'segment', amount = (p.data->>'amount')::numeric,
      currency = p.data->>'currency', "openedAt" = (p.data->>'openedAt')::timestamp,
      "closedAt" = (p.data->>'closedAt')::timestamp, status = (p.data->>'status')::"OpportunityStatus",
      "stageKey" = p.data->>'stageKey', "stageEnteredAt" = (p.data->>'stageEnteredAt')::timestamp,
      "updatedAt" = now()
      from "OpportunityPrior" p
     where p."organizationId" = ${org}::uuid and p."importId" = ${importId}::uuid
       and o."organizationId" = ${org}::uuid and o.id = p."opportunityId"`;
  await tx.$executeRaw`
    delete from "Opportunity" where "organizationId" = ${org}::uuid and "importId" = ${importId}::uuid`;
  await tx.$executeRaw`
    delete from "OpportunityPrior" where "organizationId" = ${org}::uuid and "importId" = ${importId}::uuid`;
}
