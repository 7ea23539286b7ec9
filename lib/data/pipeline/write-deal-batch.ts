import type { Tx } from "@/lib/db";
import type { DealWrite } from "@/lib/domain/pipeline/plan-import";
import { uuidV7 } from "@/lib/ids/uuid-v7";
import type { StoredDealRow } from "./read-stored-deals";
import { KIND } from "./stage-kinds";

/** A stored deal's fields as an import's undo restores them. */
export function priorOf(deal: StoredDealRow) {
  const o = deal.opportunity;
  return {
    name: o.name,
    account: o.account,
    owner: o.owner,
    source: o.source,
    segment: o.segment,
    amount: o.amount,
    currency: o.currency,
    openedAt: o.createdAt,
    closedAt: o.closedAt,
    status: KIND[o.status],
    stageKey: deal.stage,
    stageEnteredAt: deal.stageEnteredAt,
  };
}

/**
 * Write one planned batch inside the import's transaction, in one statement: what each changed
 * deal was before (for undo), the deals themselves (upserted by external id), and their new
 * entries, each tagged with the import. The rows travel as JSON parameters, so no batch size runs
 * into Postgres' limit of 65,535 parameters per statement.
 */
export async function writeDealBatch(
  tx: Tx,
  organizationId: string,
  importId: string,
  writes: (DealWrite & { before: StoredDealRow | null })[],
) {
  if (writes.length === 0) return;
  const deals = JSON.stringify(
    writes.map((w) => {
      const o = w.opportunity;
      return {
        id: w.before?.uuid ?? uuidV7(),
        external_id: o.id,
        name: o.name,
        account: o.account,
        owner: o.owner,
        source: o.source,
        segment: o.segment,
        amount: o.amount,
        currency: o.currency,
        opened_at: o.createdAt,
        closed_at: o.closedAt,
        status: KIND[o.status],
        stage_key: w.stage,
        stage_entered_at: w.stageEnteredAt,
        prior: w.before ? priorOf(w.before) : null,
      };
    }),
  );
  const events = JSON.stringify(
    writes.flatMap((w) =>
      w.events.map((e) => ({
        x: e.opportunityId,
        q: e.seq,
        s: e.stage,
        t: e.enteredAt,
        es: e.estimated ?? false,
        b: e.back ?? false,
      })),
    ),
  );
  await tx.$executeRaw`
    with input as (
      select * from jsonb_to_recordset(${deals}::jsonb) as r(
        id uuid, external_id text, name text, account text, owner text, source text, segment text,
        amount numeric, currency text, opened_at timestamp, closed_at timestamp, status text,
        stage_key text, stage_entered_at timestamp, prior jsonb)
    ),
    priors as (
      insert into "OpportunityPrior" ("organizationId", "importId", "opportunityId", data)
      select ${organizationId}::uuid, ${importId}::uuid, r.id, r.prior from input r where r.prior is not null
      on conflict do nothing
    ),
    up as (
      insert into "Opportunity" ("organizationId", id, "externalId", name, account, owner, source, segment,
                                 amount, currency, "openedAt", "closedAt", status, "stageKey", "stageEnteredAt",
                                 "importId", "updatedAt")
      select ${organizationId}::uuid, r.id, r.external_id, r.name, r.account, r.owner, r.source, r.segment,
             r.amount, r.currency, r.opened_at, r.closed_at, r.status::"OpportunityStatus", r.stage_key,
             r.stage_entered_at, ${importId}::uuid, now()
        from input r
      on conflict ("organizationId", "externalId") do update set
        name = excluded.name, account = excluded.account, owner = excluded.owner, source = excluded.source,
        segment = excluded.segment, amount = excluded.amount, currency = excluded.currency,
        "openedAt" = excluded."openedAt", "closedAt" = excluded."closedAt", status = excluded.status,
        "stageKey" = excluded."stageKey", "stageEnteredAt" = excluded."stageEnteredAt", "updatedAt" = now()
      returning id, "externalId"
    )
    insert into "StageEvent" ("organizationId", "opportunityId", seq, "stageKey", "enteredAt", estimated, back, "importId")
    select ${organizationId}::uuid, up.id, e.q, e.s, e.t, e.es, e.b, ${importId}::uuid
      from jsonb_to_recordset(${events}::jsonb) as e(x text, q int, s text, t timestamp, es boolean, b boolean)
      join up on up."externalId" = e.x`;
}
