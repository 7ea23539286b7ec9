import type { Tx } from "@/lib/db";
import { DEFAULT_STAGES, type StageDefinition } from "@/lib/domain/pipeline";
import { FROM_KIND } from "./stage-kinds";

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
