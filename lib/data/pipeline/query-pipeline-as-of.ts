import { withTenant } from "@/lib/db";

/**
 * The pipeline's as-of date (docs/pipeline-model.md): the latest as-of date of the imports in
 * effect, or, for data that came in another way (the demo), the latest date the data holds.
 */
export async function queryPipelineAsOf(organizationId: string): Promise<Date | null> {
  const [row] = await withTenant(
    organizationId,
    (tx) => tx.$queryRaw<{ as_of: Date | null }[]>`
      select coalesce(
        (select max("asOf") from "PipelineImport"
          where "organizationId" = ${organizationId}::uuid and status = 'SUCCEEDED'),
        greatest(
          (select max("openedAt") from "Opportunity" where "organizationId" = ${organizationId}::uuid),
          (select max("closedAt") from "Opportunity"
            where "organizationId" = ${organizationId}::uuid and status <> 'OPEN'),
          (select max("enteredAt") from "StageEvent"
            where "organizationId" = ${organizationId}::uuid and not estimated))) as as_of`,
    { timeoutMs: 60_000 },
  );
  return row?.as_of ?? null;
}
