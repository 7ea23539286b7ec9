import type { Tx } from "@/lib/db";
import { uuidV7 } from "@/lib/ids/uuid-v7";
import type { Opportunity, StageEvent } from "@/lib/domain/pipeline";

export type ImportBatch = {
  opportunities: Opportunity[];
  /** Stage history from the file (full), or one entry per deal at creation (snapshot). */
  events: StageEvent[];
  history: "full" | "snapshot";
  /** Current stage per external id. */
  stageOf: Map<string, string>;
};

export const STATUS = { open: "OPEN", won: "WON", lost: "LOST" } as const;

/**
 * Upsert one batch of opportunities by external id, inside the caller's tenant transaction.
 * Importing the same rows again changes nothing. A snapshot file (current stage only) adds a
 * stage event, dated `importedAt`, for each known deal whose stage changed since the last import,
 * so history builds up over time; a file with history inserts its events once.
 *
 * One statement per batch: the stored stages are read, the deals upserted and the events
 * inserted together, so a batch costs one round trip. The rows travel as JSON parameters, so no
 * batch size runs into Postgres' limit of 65,535 parameters per statement.
 */
export async function importBatch(
  tx: Tx,
  organizationId: string,
  batch: ImportBatch,
  importedAt: Date,
) {
  const rows = batch.opportunities;
  if (rows.length === 0) return { inserted: 0, updated: 0, stageMoves: 0 };
  const full = batch.history === "full";

  const latest = new Map<string, Date>();
  for (const e of batch.events) {
    const seen = latest.get(e.opportunityId);
    if (!seen || e.enteredAt > seen) latest.set(e.opportunityId, e.enteredAt);
  }
  const deals = JSON.stringify(
    rows.map((o) => ({
      id: uuidV7(),
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
      status: STATUS[o.status],
      stage_key: batch.stageOf.get(o.id) ?? null,
      latest_event: latest.get(o.id) ?? null,
    })),
  );
  const events = JSON.stringify(
    batch.events.map((e) => ({ x: e.opportunityId, s: e.stage, t: e.enteredAt })),
  );

  const [counts] = await tx.$queryRaw<{ updated: bigint; moved: bigint }[]>`
    with input as (
      select * from jsonb_to_recordset(${deals}::jsonb) as r(
        id uuid, external_id text, name text, account text, owner text, source text, segment text,
        amount numeric, currency text, opened_at timestamp, closed_at timestamp, status text,
        stage_key text, latest_event timestamp)
    ),
    -- What was stored before this batch (the whole statement sees the same snapshot).
    prev as (
      select o."externalId", o."stageKey" from "Opportunity" o
       where o."organizationId" = ${organizationId}::uuid
         and o."externalId" in (select external_id from input)
    ),
    moved as (
      select r.external_id, r.stage_key from input r join prev p on p."externalId" = r.external_id
       where not ${full} and p."stageKey" is distinct from r.stage_key
    ),
    up as (
      insert into "Opportunity" ("organizationId", id, "externalId", name, account, owner, source, segment,
                                 amount, currency, "openedAt", "closedAt", status, "stageKey", "stageEnteredAt", "updatedAt")
      select ${organizationId}::uuid, r.id, r.external_id, r.name, r.account, r.owner, r.source, r.segment,
             r.amount, r.currency, r.opened_at, r.closed_at, r.status::"OpportunityStatus", r.stage_key,
             case when ${full} then r.latest_event
                  when p."externalId" is null then coalesce(r.latest_event, r.opened_at)
                  when p."stageKey" is distinct from r.stage_key then ${importedAt}::timestamp
             end, -- null: unchanged, keep what is stored
             now()
        from input r left join prev p on p."externalId" = r.external_id
      on conflict ("organizationId", "externalId") do update set
        name = excluded.name, account = excluded.account, owner = excluded.owner, source = excluded.source,
        segment = excluded.segment, amount = excluded.amount, currency = excluded.currency,
        "openedAt" = excluded."openedAt", "closedAt" = excluded."closedAt", status = excluded.status,
        "stageKey" = excluded."stageKey",
        "stageEnteredAt" = coalesce(excluded."stageEnteredAt", "Opportunity"."stageEnteredAt"),
        "updatedAt" = case when ("Opportunity".name, "Opportunity".account, "Opportunity".owner, "Opportunity".source,
                                 "Opportunity".segment, "Opportunity".amount, "Opportunity".currency, "Opportunity"."openedAt",
                                 "Opportunity"."closedAt", "Opportunity".status, "Opportunity"."stageKey")
                                is not distinct from
                                (excluded.name, excluded.account, excluded.owner, excluded.source, excluded.segment,
                                 excluded.amount, excluded.currency, excluded."openedAt", excluded."closedAt",
                                 excluded.status, excluded."stageKey")
                           then "Opportunity"."updatedAt" else now() end
      returning id, "externalId"
    ),
    new_events as (
      -- From the file: every event when it carries history; from a snapshot, only a new deal's.
      select up.id, e.s, e.t
        from jsonb_to_recordset(${events}::jsonb) as e(x text, s text, t timestamp)
        join up on up."externalId" = e.x
       where ${full} or not exists (select 1 from prev p where p."externalId" = e.x)
      union all
      -- A snapshot's stage moves since the last import.
      select up.id, m.stage_key, ${importedAt}::timestamp from moved m join up on up."externalId" = m.external_id
    ),
    inserted_events as (
      insert into "StageEvent" ("organizationId", "opportunityId", "stageKey", "enteredAt")
      select ${organizationId}::uuid, id, s, t from new_events
      on conflict do nothing
    )
    select (select count(*) from prev) as updated, (select count(*) from moved) as moved`;
  const updated = Number(counts!.updated);
  return { inserted: rows.length - updated, updated, stageMoves: Number(counts!.moved) };
}
