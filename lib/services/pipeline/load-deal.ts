import type { OrgContext } from "@/lib/auth/guard";
import { getDeal } from "@/lib/data/pipeline/get-deal";
import { listStages } from "@/lib/data/pipeline/list-stages";
import { queryPipelineAsOf } from "@/lib/data/pipeline/query-pipeline-as-of";
import { readTogether } from "@/lib/data/tenant/read-together";

/**
 * One deal by its CRM id with its stage history, the stage names to show it with, and the data's
 * own date, against which its time in stage is counted.
 */
async function readDeal(ctx: OrgContext, externalId: string) {
  const [deal, stages, asOf] = await Promise.all([
    getDeal(ctx.organization.id, externalId),
    listStages(ctx.organization.id),
    queryPipelineAsOf(ctx.organization.id),
  ]);
  return { deal, stages, asOf };
}

/** The same, every read in one transaction (readTogether): one pooled connection per page. */
export function loadDeal(ctx: OrgContext, externalId: string) {
  return readTogether(ctx.organization.id, () => readDeal(ctx, externalId));
}
