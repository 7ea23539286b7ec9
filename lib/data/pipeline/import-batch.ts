import type { Tx } from "@/lib/db";
import { uuidV7 } from "@/lib/ids/uuid-v7";
import type { Opportunity, StageEvent } from "@/lib/pipeline";

export type ImportBatch = {
  opportunities: Opportunity[];
  /** Stage history from the file (full), or one entry per deal at creation (snapshot). */
  events: StageEvent[];
  history: "full" | "snapshot";
  /** Current stage per external id. */
  stageOf: Map<string, string>;
};

const STATUS = { open: "OPEN", won: "WON", lost: "LOST" } as const;

/**
 * Upsert one batch of opportunities by external id, inside the caller's tenant transaction.
 * Importing the same rows again changes nothing. A snapshot file (current stage only) adds a
 * stage event, dated `importedAt`, for each known deal whose stage changed since the last import,
 * so history builds up over time; a file with history inserts its events once.
 */
export async function importBatch(
  tx: Tx,
  organizationId: string,
  batch: ImportBatch,
  importedAt: Date,
) {
  const rows = batch.opportunities;
  if (rows.length === 0) return { inserted: 0, updated: 0, stageMoves: 0 };
  const externalIds = rows.map((o) => o.id);

  const before = await tx.$queryRaw<{ externalId: string; stageKey: string | null }[]>`
    select "externalId", "stageKey" from "Opportunity"
     where "organizationId" = ${organizationId}::uuid and "externalId" = any(${externalIds}::text[])`;
  const previous = new Map(before.map((b) => [b.externalId, b.stageKey]));

  const latest = new Map<string, StageEvent>();
  for (const e of batch.events) {
    const seen = latest.get(e.opportunityId);
    if (!seen || e.enteredAt > seen.enteredAt) latest.set(e.opportunityId, e);
  }
  const moved = rows.filter(
    (o) =>
      batch.history === "snapshot" &&
      previous.has(o.id) &&
      previous.get(o.id) !== batch.stageOf.get(o.id),
  );
  const movedIds = new Set(moved.map((o) => o.id));
  const stageEnteredAt = (o: Opportunity) =>
    batch.history === "full"
      ? (latest.get(o.id)?.enteredAt ?? null)
      : movedIds.has(o.id)
        ? importedAt
        : previous.has(o.id)
          ? null // unchanged: keep what is stored
          : (latest.get(o.id)?.enteredAt ?? o.createdAt);

  // The batch travels as one JSON parameter, so no batch size runs into Postgres' limit of
  // 65,535 parameters per statement.
  const payload = JSON.stringify(
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
      stage_entered_at: stageEnteredAt(o),
    })),
  );
  const upserted = await tx.$queryRaw<{ id: string; externalId: string }[]>`
    insert into "Opportunity" ("organizationId", id, "externalId", name, account, owner, source, segment,
                               amount, currency, "openedAt", "closedAt", status, "stageKey", "stageEnteredAt", "updatedAt")
    select ${organizationId}::uuid, r.id, r.external_id, r.name, r.account, r.owner, r.source, r.segment,
           r.amount, r.currency, r.opened_at, r.closed_at, r.status::"OpportunityStatus", r.stage_key, r.stage_entered_at, now()
      from jsonb_to_recordset(${payload}::jsonb) as r(
             id uuid, external_id text, name text, account text, owner text, source text, segment text, amount numeric,
             currency text, opened_at timestamp, closed_at timestamp, status text, stage_key text, stage_entered_at timestamp)
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
    returning id, "externalId"`;
  const idOf = new Map(upserted.map((u) => [u.externalId, u.id]));

  const events: StageEvent[] =
    batch.history === "full"
      ? batch.events
      : [
          ...batch.events.filter((e) => !previous.has(e.opportunityId)),
          ...moved.map((o) => ({
            opportunityId: o.id,
            stage: batch.stageOf.get(o.id)!,
            enteredAt: importedAt,
          })),
        ];
  if (events.length > 0) await insertEvents(tx, organizationId, events, idOf);
  return {
    inserted: rows.length - previous.size,
    updated: previous.size,
    stageMoves: moved.length,
  };
}

/**
 * Stage events from a history export (Salesforce OpportunityHistory), for opportunities already
 * stored. Returns the external ids it did not know.
 */
export async function importHistoryBatch(tx: Tx, organizationId: string, events: StageEvent[]) {
  if (events.length === 0) return { inserted: 0, unknown: new Set<string>() };
  const externalIds = [...new Set(events.map((e) => e.opportunityId))];
  const found = await tx.$queryRaw<{ id: string; externalId: string }[]>`
    select id, "externalId" from "Opportunity"
     where "organizationId" = ${organizationId}::uuid and "externalId" = any(${externalIds}::text[])`;
  const idOf = new Map(found.map((f) => [f.externalId, f.id]));
  const known = events.filter((e) => idOf.has(e.opportunityId));
  if (known.length > 0) await insertEvents(tx, organizationId, known, idOf);
  return {
    inserted: known.length,
    unknown: new Set(externalIds.filter((id) => !idOf.has(id))),
  };
}

/**
 * After an import whose history came from a separate file: each deal the history did not cover
 * gets the usual one event (its open stage, entered when created), and every deal knows since
 * when it has been in its current stage.
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
  await tx.$executeRaw`
    update "Opportunity" o
       set "stageEnteredAt" = coalesce(
             (select max(e."enteredAt") from "StageEvent" e
               where e."organizationId" = o."organizationId" and e."opportunityId" = o.id
                 and e."stageKey" = o."stageKey"),
             o."openedAt")
     where o."organizationId" = ${organizationId}::uuid and o."stageEnteredAt" is null`;
}

/** Insert stage events (external ids resolved through `idOf`); ones already stored are kept. */
async function insertEvents(
  tx: Tx,
  organizationId: string,
  events: StageEvent[],
  idOf: Map<string, string>,
) {
  const payload = JSON.stringify(
    events.map((e) => ({ o: idOf.get(e.opportunityId)!, s: e.stage, t: e.enteredAt })),
  );
  await tx.$executeRaw`
    insert into "StageEvent" ("organizationId", "opportunityId", "stageKey", "enteredAt")
    select ${organizationId}::uuid, e.o, e.s, e.t
      from jsonb_to_recordset(${payload}::jsonb) as e(o uuid, s text, t timestamp)
    on conflict do nothing`;
}
