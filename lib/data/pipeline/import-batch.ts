import type { Tx } from "@/lib/db";
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

  const upserted = await tx.$queryRaw<{ id: string; externalId: string }[]>`
    insert into "Opportunity" ("organizationId", id, "externalId", name, account, owner, source, segment,
                               amount, currency, "openedAt", "closedAt", status, "stageKey", "stageEnteredAt", "updatedAt")
    select ${organizationId}::uuid, gen_random_uuid(), r.external_id, r.name, r.account, r.owner, r.source, r.segment,
           r.amount, r.currency, r.opened_at, r.closed_at, r.status::"OpportunityStatus", r.stage_key, r.stage_entered_at, now()
      from unnest(
        ${externalIds}::text[], ${rows.map((o) => o.name)}::text[], ${rows.map((o) => o.account)}::text[],
        ${rows.map((o) => o.owner)}::text[], ${rows.map((o) => o.source)}::text[], ${rows.map((o) => o.segment)}::text[],
        ${rows.map((o) => o.amount)}::numeric[], ${rows.map((o) => o.currency)}::text[],
        ${rows.map((o) => o.createdAt)}::timestamp[], ${rows.map((o) => o.closedAt)}::timestamp[],
        ${rows.map((o) => STATUS[o.status])}::text[], ${rows.map((o) => batch.stageOf.get(o.id) ?? null)}::text[],
        ${rows.map(stageEnteredAt)}::timestamp[]
      ) as r(external_id, name, account, owner, source, segment, amount, currency, opened_at, closed_at, status,
             stage_key, stage_entered_at)
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
  if (events.length > 0) {
    await tx.$executeRaw`
      insert into "StageEvent" ("organizationId", "opportunityId", "stageKey", "enteredAt")
      select ${organizationId}::uuid, e.opportunity_id, e.stage_key, e.entered_at
        from unnest(${events.map((e) => idOf.get(e.opportunityId)!)}::uuid[], ${events.map((e) => e.stage)}::text[],
                    ${events.map((e) => e.enteredAt)}::timestamp[]) as e(opportunity_id, stage_key, entered_at)
      on conflict do nothing`;
  }
  return {
    inserted: rows.length - previous.size,
    updated: previous.size,
    stageMoves: moved.length,
  };
}
