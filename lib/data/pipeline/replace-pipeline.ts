import { withTenant } from "@/lib/db";
import { currentStages, type PipelineData } from "@/lib/domain/pipeline";
import { invalidatePipelineSummary } from "./invalidate-pipeline-summary";

const OPPORTUNITY_BATCH = 2_000; // 15 columns × 2,000 rows stays under Postgres' 65,535 parameters
const EVENT_BATCH = 8_000; // 7 columns × 8,000

const STATUS = { open: "OPEN", won: "WON", lost: "LOST" } as const;

/**
 * Replace the organization's whole pipeline with `data`, in one transaction: for demo data,
 * tests and benchmarks. CRM imports upsert instead (see the import module).
 */
export async function replacePipeline(organizationId: string, data: PipelineData) {
  const current = currentStages(data);
  await withTenant(
    organizationId,
    async (tx) => {
      await invalidatePipelineSummary(tx, organizationId);
      await tx.opportunity.deleteMany({ where: { organizationId } });
      await tx.pipelineStage.deleteMany({ where: { organizationId } });
      await tx.pipelineStage.createMany({
        data: data.stages.map((s) => ({
          organizationId,
          key: s.key,
          label: s.label,
          kind: s.kind === "open" ? "OPEN" : s.kind === "won" ? "WON" : "LOST",
          position: s.order,
          crmLabels: s.crmLabels ?? [],
        })),
      });
      const ids = new Map<string, string>();
      for (let i = 0; i < data.opportunities.length; i += OPPORTUNITY_BATCH) {
        const batch = data.opportunities.slice(i, i + OPPORTUNITY_BATCH);
        const rows = await tx.opportunity.createManyAndReturn({
          data: batch.map((o) => ({
            organizationId,
            externalId: o.id,
            name: o.name,
            account: o.account,
            owner: o.owner,
            source: o.source,
            segment: o.segment,
            amount: o.amount,
            currency: o.currency,
            openedAt: o.createdAt,
            closedAt: o.closedAt,
            status: STATUS[o.status],
            stageKey: current.get(o.id)?.stage ?? null,
            stageEnteredAt: current.get(o.id)?.enteredAt ?? null,
          })),
          select: { id: true, externalId: true },
        });
        for (const row of rows) ids.set(row.externalId, row.id);
      }
      for (let i = 0; i < data.events.length; i += EVENT_BATCH) {
        await tx.stageEvent.createMany({
          data: data.events.slice(i, i + EVENT_BATCH).map((e) => ({
            organizationId,
            opportunityId: ids.get(e.opportunityId)!,
            seq: e.seq,
            stageKey: e.stage,
            enteredAt: e.enteredAt,
            estimated: e.estimated ?? false,
            back: e.back ?? false,
          })),
        });
      }
    },
    { timeoutMs: 10 * 60_000 },
  );
}
