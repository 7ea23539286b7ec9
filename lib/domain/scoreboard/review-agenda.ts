import {
  QUALIFIED_FROM_STAGE,
  currentStages,
  staleDeals,
  type OpportunityStatus,
  type PipelineData,
  type StaleDeal,
  type StageDefinition,
} from "@/lib/domain/pipeline";

export type AgendaDeal = {
  opportunityId: string;
  name: string;
  owner: string | null;
  amount: number | null;
  /** Key of the stage it sits in. */
  stage: string;
  stale: boolean;
  /** Why it needs a decision, one sentence each. */
  reasons: string[];
};

/**
 * Why a deal counted as qualified cannot be judged, or null when it can. A qualified deal with
 * no amount adds nothing to the figures, and one nobody owns has nobody to move it; both hide in
 * the qualified count until someone asks. A zero amount is no amount.
 */
export function unclearReason(
  deal: {
    status: OpportunityStatus;
    stage: string | null;
    amount: number | null;
    owner: string | null;
  },
  stages: StageDefinition[],
  qualifiedFrom = QUALIFIED_FROM_STAGE,
): string | null {
  if (deal.status !== "open" || deal.stage === null) return null;
  const stage = stages.find((s) => s.key === deal.stage);
  const qualified = stages.find((s) => s.key === qualifiedFrom);
  if (!stage || !qualified || stage.kind !== "open" || stage.order < qualified.order) return null;
  const noAmount = deal.amount === null || deal.amount <= 0;
  const noOwner = deal.owner === null || deal.owner.trim() === "";
  if (noAmount && noOwner)
    return "Counted as qualified, yet it has neither an amount nor an owner.";
  if (noAmount) return "Counted as qualified, yet no amount is recorded.";
  if (noOwner) return "Counted as qualified, yet nobody owns it.";
  return null;
}

/** Why a stale deal is on the agenda, in the measure it was judged by. */
function staleReason(s: StaleDeal, stageLabel: string): string {
  return s.basis === "stage" && s.daysInStage !== null
    ? `In ${stageLabel} for ${Math.round(s.daysInStage)} days, where deals usually spend ${Math.round(s.medianDays)}.`
    : `Open for ${Math.round(s.ageDays ?? 0)} days, where won deals usually close in ${Math.round(s.medianDays)}.`;
}

/**
 * The deals the review must decide on, each to be advanced or eliminated: stale ones, sitting
 * far past their stage's usual stay, and unclear ones. Largest amounts first, since they move
 * the figures most.
 */
export function reviewAgenda(
  data: PipelineData,
  options: { asOf: Date; staleMultiple?: number; qualifiedFrom?: string },
): AgendaDeal[] {
  const { asOf, staleMultiple = 2, qualifiedFrom = QUALIFIED_FROM_STAGE } = options;
  const labels = new Map(data.stages.map((s) => [s.key, s.label]));
  const stale = new Map(
    staleDeals(data, asOf, staleMultiple).deals.map((s) => [s.opportunityId, s]),
  );
  const current = currentStages(data);
  const agenda: AgendaDeal[] = [];
  for (const o of data.opportunities) {
    const stage = current.get(o.id)?.stage ?? null;
    const reasons: string[] = [];
    const s = stale.get(o.id);
    if (s) {
      reasons.push(staleReason(s, labels.get(s.stage) ?? s.stage));
    }
    const unclear = unclearReason({ ...o, stage }, data.stages, qualifiedFrom);
    if (unclear) reasons.push(unclear);
    if (reasons.length === 0 || stage === null) continue;
    agenda.push({
      opportunityId: o.id,
      name: o.name,
      owner: o.owner,
      amount: o.amount,
      stage,
      stale: s !== undefined,
      reasons,
    });
  }
  return agenda.sort((a, b) => (b.amount ?? -1) - (a.amount ?? -1) || a.name.localeCompare(b.name));
}
