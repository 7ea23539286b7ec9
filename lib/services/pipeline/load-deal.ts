import type { OrgContext } from "@/lib/auth/guard";
import { getDeal } from "@/lib/data/pipeline/get-deal";
import { listStages } from "@/lib/data/pipeline/list-stages";

/** One deal by its CRM id with its stage history, and the stage names to show it with. */
export async function loadDeal(ctx: OrgContext, externalId: string) {
  const [deal, stages] = await Promise.all([
    getDeal(ctx.organization.id, externalId),
    listStages(ctx.organization.id),
  ]);
  return { deal, stages };
}
