import { withTenant } from "@/lib/db";
import type { DealNow } from "@/lib/domain/scoreboard";
import { sqlNumber as num } from "../pipeline/sql-number";

type Row = {
  external_id: string;
  name: string;
  owner: string | null;
  amount: unknown;
  status: "OPEN" | "WON" | "LOST";
  stage_key: string | null;
  stage_entered_at: Date | null;
  days: number | null;
};

/** The named deals as the latest import has them, with their days in stage as of `asOf`. */
export async function queryDealsNow(
  organizationId: string,
  externalIds: string[],
  asOf: Date,
): Promise<Map<string, DealNow>> {
  if (externalIds.length === 0) return new Map();
  const rows = await withTenant(
    organizationId,
    (tx) => tx.$queryRaw<Row[]>`
      select o."externalId" as external_id, o.name, o.owner, o.amount, o.status::text as status,
             o."stageKey" as stage_key, o."stageEnteredAt" as stage_entered_at,
             (extract(epoch from ${asOf}::timestamp - o."stageEnteredAt") / 86400)::float8 as days
        from "Opportunity" o
       where o."organizationId" = ${organizationId}::uuid
         and o."externalId" = any(${externalIds}::text[])`,
  );
  return new Map(
    rows.map((r) => [
      r.external_id,
      {
        externalId: r.external_id,
        name: r.name,
        owner: r.owner,
        amount: num(r.amount),
        status: r.status,
        stageKey: r.stage_key,
        stageEnteredAt: r.stage_entered_at,
        daysInStage: r.days === null ? null : Number(r.days),
      },
    ]),
  );
}
