import type { Tx } from "@/lib/db";
import { withTenant } from "@/lib/db";
import { DEFAULT_STAGES, type StageDefinition } from "@/lib/pipeline";

const KIND = { open: "OPEN", won: "WON", lost: "LOST" } as const;
const FROM_KIND = { OPEN: "open", WON: "won", LOST: "lost" } as const;

/** Give an organization the default stage list, unless it has one. */
export async function ensureStages(tx: Tx, organizationId: string) {
  await tx.pipelineStage.createMany({
    data: DEFAULT_STAGES.map((s) => ({
      organizationId,
      key: s.key,
      label: s.label,
      kind: KIND[s.kind],
      position: s.order,
      crmLabels: s.crmLabels ?? [],
    })),
    skipDuplicates: true,
  });
}

/** The organization's stages in pipeline order, each with the CRM labels mapped to it. */
export async function stagesIn(tx: Tx, organizationId: string): Promise<StageDefinition[]> {
  const rows = await tx.pipelineStage.findMany({
    where: { organizationId },
    orderBy: { position: "asc" },
  });
  if (rows.length === 0) return DEFAULT_STAGES;
  return rows.map((r) => ({
    key: r.key,
    label: r.label,
    kind: FROM_KIND[r.kind],
    order: r.position,
    crmLabels: r.crmLabels,
  }));
}

export function listStages(organizationId: string) {
  return withTenant(organizationId, (tx) => stagesIn(tx, organizationId));
}

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
