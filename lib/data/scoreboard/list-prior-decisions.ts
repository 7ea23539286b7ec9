import { withTenant } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PriorDecision } from "@/lib/domain/scoreboard";
import { sqlNumber as num } from "../pipeline/sql-number";

type Row = {
  external_id: string;
  number: number;
  decision: "ADVANCE" | "ELIMINATE";
  name: string;
  amount: unknown;
  stage_key: string | null;
  stage_entered_at: Date | null;
  next_step: string | null;
  decision_owner: string | null;
  due_date: Date | null;
  elimination_reason: string | null;
};

/**
 * Each deal's latest decision, from the reviews before `beforeNumber` (all reviews when not
 * given), for the deals named (all decided deals when not given). A later review that listed the
 * deal and left it undecided does not undo the decision before it.
 */
export async function listPriorDecisions(
  organizationId: string,
  options: { beforeNumber?: number; externalIds?: string[] } = {},
): Promise<PriorDecision[]> {
  const before =
    options.beforeNumber === undefined
      ? Prisma.empty
      : Prisma.sql`and r.number < ${options.beforeNumber}`;
  const only =
    options.externalIds === undefined
      ? Prisma.empty
      : Prisma.sql`and d."externalId" = any(${options.externalIds}::text[])`;
  const rows = await withTenant(
    organizationId,
    (tx) => tx.$queryRaw<Row[]>`
      select distinct on (d."externalId")
             d."externalId" as external_id, r.number, d.decision::text as decision, d.name, d.amount,
             d."stageKey" as stage_key, d."stageEnteredAt" as stage_entered_at,
             d."nextStep" as next_step, d."decisionOwner" as decision_owner,
             d."dueDate" as due_date, d."eliminationReason" as elimination_reason
        from "ReviewDeal" d
        join "ScoreboardReview" r on r."organizationId" = d."organizationId" and r.id = d."reviewId"
       where d."organizationId" = ${organizationId}::uuid and d.decision is not null ${before} ${only}
       order by d."externalId", r.number desc`,
  );
  return rows.map((r) => ({
    externalId: r.external_id,
    reviewNumber: Number(r.number),
    decision: r.decision,
    name: r.name,
    amount: num(r.amount),
    stageKey: r.stage_key,
    stageEnteredAt: r.stage_entered_at,
    nextStep: r.next_step,
    decisionOwner: r.decision_owner,
    dueDate: r.due_date,
    eliminationReason: r.elimination_reason,
  }));
}
