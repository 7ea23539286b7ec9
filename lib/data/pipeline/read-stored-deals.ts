import type { Tx } from "@/lib/db";
import type { StoredDeal } from "@/lib/domain/pipeline/plan-import";
import { FROM_KIND } from "./stage-kinds";

export type StoredDealRow = StoredDeal & { uuid: string; importId: string | null };

type Row = {
  id: string;
  externalId: string;
  name: string;
  account: string | null;
  owner: string | null;
  source: string | null;
  segment: string | null;
  amount: string | null;
  currency: string | null;
  openedAt: Date | null;
  closedAt: Date | null;
  status: keyof typeof FROM_KIND;
  stageKey: string | null;
  stageEnteredAt: Date | null;
  importId: string | null;
  last_seq: number | null;
};

/** The stored deals among `externalIds`, as a later import compares them, in one query. */
export async function readStoredDeals(
  tx: Tx,
  organizationId: string,
  externalIds: string[],
): Promise<Map<string, StoredDealRow>> {
  if (externalIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<Row[]>`
    select o.id, o."externalId", o.name, o.account, o.owner, o.source, o.segment, o.amount::text as amount,
           o.currency, o."openedAt", o."closedAt", o.status, o."stageKey", o."stageEnteredAt", o."importId",
           (select max(e.seq) from "StageEvent" e
             where e."organizationId" = o."organizationId" and e."opportunityId" = o.id) as last_seq
      from "Opportunity" o
     where o."organizationId" = ${organizationId}::uuid and o."externalId" = any(${externalIds}::text[])`;
  return new Map(
    rows.map((r) => [
      r.externalId,
      {
        uuid: r.id,
        importId: r.importId,
        stage: r.stageKey,
        stageEnteredAt: r.stageEnteredAt,
        lastSeq: r.last_seq ?? -1,
        opportunity: {
          id: r.externalId,
          name: r.name,
          account: r.account,
          owner: r.owner,
          source: r.source,
          segment: r.segment,
          amount: r.amount === null ? null : Number(r.amount),
          currency: r.currency,
          createdAt: r.openedAt,
          closedAt: r.closedAt,
          status: FROM_KIND[r.status],
        },
      },
    ]),
  );
}
