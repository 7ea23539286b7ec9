import type { Tx } from "@/lib/db";
import { DEFAULT_STAGES } from "@/lib/domain/pipeline";
import { KIND } from "./stage-kinds";

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
