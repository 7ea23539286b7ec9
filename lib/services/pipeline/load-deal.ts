import type { OrgContext } from "@/lib/auth/guard";
import { getDeal } from "@/lib/data/pipeline/get-deal";
import { listStages } from "@/lib/data/pipeline/list-stages";
import { queryPipelineAsOf } from "@/lib/data/pipeline/query-pipeline-as-of";
import { listDealDecisions } from "@/lib/data/scoreboard/list-deal-decisions";
import { can } from "@/lib/domain/organization/permissions";
import { eliminatedMarks } from "@/lib/services/scoreboard/deal-decisions";
import { AppError } from "@/lib/errors";
import { readTogether } from "@/lib/data/tenant/read-together";

/**
 * One deal by its CRM id with its stage history, the stage names to show it with, the data's
 * own date, against which its time in stage is counted, and (for those who may read the
 * scoreboard) what the pipeline reviews decided about it.
 */
async function readDeal(ctx: OrgContext, externalId: string) {
  const reviews = can(ctx.role, "scoreboard:read");
  const [deal, stages, asOf, decisions] = await Promise.all([
    getDeal(ctx.organization.id, externalId),
    listStages(ctx.organization.id),
    queryPipelineAsOf(ctx.organization.id),
    reviews ? listDealDecisions(ctx.organization.id, externalId) : null,
  ]);
  const eliminatedIn = reviews
    ? ((await eliminatedMarks(ctx.organization.id, [externalId], asOf ?? new Date())).get(
        externalId,
      ) ?? null)
    : null;
  return { deal, stages, asOf, decisions, eliminatedIn };
}

/**
 * The same, every read in one transaction (readTogether): one pooled connection per page. An id
 * no CRM row can have (empty, or holding a NUL byte, which Postgres text cannot) is not found.
 */
export async function loadDeal(ctx: OrgContext, externalId: string) {
  if (externalId.length === 0 || externalId.includes("\u0000"))
    throw new AppError("NOT_FOUND", "That deal was not found.");
  return readTogether(ctx.organization.id, () => readDeal(ctx, externalId));
}

/** What the pipeline reviews decided about one deal, as the deal page shows it. */
export type DealDecisions = NonNullable<Awaited<ReturnType<typeof loadDeal>>["decisions"]>;
