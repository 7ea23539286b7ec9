import { withTenant } from "@/lib/db";
import type { StageMetrics } from "@/lib/domain/pipeline";
import type { ReviewCandidate } from "@/lib/domain/scoreboard";
import { queryStaleDeals } from "../pipeline/query-stale-deals";
import { sqlNumber as num } from "../pipeline/sql-number";

/** Deals a review goes through, at most this many of each kind (the longest overdue first). */
const LISTED = 100;

/** A stale or unclear deal as it stands now; where it stood at earlier reviews is added later. */
export type ReviewDealCandidate = Omit<ReviewCandidate, "stageEnteredAt">;

/**
 * The deals a review must decide on: stale ones (open, in their stage more than twice its median
 * stay) and unclear ones (open, at or past the qualified stage, with no amount or no owner, so
 * nobody can say they meet the standard). A deal that is both is listed once, as stale.
 */
export async function reviewDealCandidates(
  organizationId: string,
  options: {
    asOf: Date;
    stages: StageMetrics[];
    medianCycleDays: number | null;
    qualifiedFrom?: string;
  },
): Promise<ReviewDealCandidate[]> {
  const stale = await queryStaleDeals(organizationId, {
    asOf: options.asOf,
    multiple: 2,
    stages: options.stages,
    medianCycleDays: options.medianCycleDays,
    limit: LISTED,
  });
  const unclear = await withTenant(
    organizationId,
    (tx) =>
      tx.$queryRaw<
        {
          external_id: string;
          name: string;
          owner: string | null;
          amount: unknown;
          stage: string | null;
          days: number | null;
        }[]
      >`
      select o."externalId" as external_id, o.name, o.owner, o.amount, o."stageKey" as stage,
             (extract(epoch from ${options.asOf}::timestamp - o."stageEnteredAt") / 86400)::float8 as days
        from "Opportunity" o
        join "PipelineStage" s on s."organizationId" = o."organizationId" and s.key = o."stageKey"
       where o."organizationId" = ${organizationId}::uuid and o.status = 'OPEN' and s.kind = 'OPEN'
         and s.position >= (select position from "PipelineStage"
                             where "organizationId" = ${organizationId}::uuid and key = ${options.qualifiedFrom ?? "sql"})
         and (o.amount is null or o.owner is null)
       order by o."stageEnteredAt" asc nulls last
       limit ${LISTED}`,
  );
  const staleIds = new Set(stale.deals.map((d) => d.opportunityId));
  return [
    ...stale.deals.map((d) => ({
      externalId: d.opportunityId,
      name: d.name,
      owner: d.owner,
      amount: d.amount,
      stageKey: d.stage,
      daysInStage: d.daysInStage,
      stallRatio: d.stallRatio,
      reason: "STALE" as const,
      reasonText:
        d.basis === "stage" && d.daysInStage !== null
          ? `${Math.round(d.daysInStage)} days in this stage, where the median stay is ${Math.round(d.medianDays)}`
          : `Open ${Math.round(d.ageDays ?? 0)} days, where won deals close in a median ${Math.round(d.medianDays)}`,
    })),
    ...unclear
      .filter((d) => !staleIds.has(d.external_id))
      .map((d) => ({
        externalId: d.external_id,
        name: d.name,
        owner: d.owner,
        amount: num(d.amount),
        stageKey: d.stage,
        daysInStage: d.days,
        stallRatio: null,
        reason: "UNCLEAR" as const,
        reasonText:
          d.amount === null && d.owner === null
            ? "No amount and no owner recorded"
            : d.amount === null
              ? "No amount recorded"
              : "No owner recorded",
      })),
  ];
}
