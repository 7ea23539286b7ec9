import type { Tx } from "@/lib/db";

/**
 * Remember CRM labels chosen in an import's mapping step on their stages, so the next export
 * with the same labels maps itself.
 */
export async function rememberStageLabels(
  tx: Tx,
  organizationId: string,
  labels: Record<string, string>,
) {
  for (const [label, key] of Object.entries(labels)) {
    await tx.$executeRaw`
      update "PipelineStage" set "crmLabels" = array_append("crmLabels", ${label})
       where "organizationId" = ${organizationId}::uuid and key = ${key}
         and not exists (select 1 from unnest("crmLabels") l where lower(l) = lower(${label}))`;
  }
}
