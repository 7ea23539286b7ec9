import type { OrgContext } from "@/lib/auth/guard";
import { getSnapshotOrThrow } from "@/lib/data/snapshot/get-snapshot";
import { rewriteDraftSections } from "@/lib/data/snapshot/rewrite-draft-sections";
import { AppError } from "@/lib/errors";
import { pipelineRedraft, type AssessmentSection } from "@/lib/domain/snapshot";
import { actorOf, freshDraft } from "./manage-snapshot";

export type PipelineRedraftOffer = {
  /** Sections a redraft would rewrite with the pipeline's figures. */
  redraft: string[];
  /** Sections that would change but that the consultant edited, so a redraft leaves them alone. */
  edited: string[];
};

const titles = (sections: AssessmentSection[]) => sections.map((s) => s.title);

/**
 * Whether the pipeline now changes what the generator would write for sections nobody edited:
 * the offer the editor shows once a pipeline has been imported after the draft. Null when there
 * is no draft yet, no pipeline, or nothing to redraft.
 */
export async function pipelineRedraftOffer(
  ctx: OrgContext,
  snapshotId: string,
): Promise<PipelineRedraftOffer | null> {
  const snapshot = await getSnapshotOrThrow(ctx.organization.id, snapshotId);
  if (!snapshot.answeringClosedAt || !snapshot.draftSections) return null;
  const { draft, hasPipeline } = await freshDraft(ctx.organization, snapshotId);
  if (!hasPipeline) return null;
  const plan = pipelineRedraft(
    snapshot.draftSections as unknown as AssessmentSection[],
    (snapshot.draftGeneratedSections as unknown as AssessmentSection[] | null) ?? null,
    draft,
  );
  if (plan.redrafted.length === 0) return null;
  return { redraft: titles(plan.redrafted), edited: titles(plan.edited) };
}

/** Redraft the pipeline sections nobody edited from the imported pipeline; edited ones stay. */
export async function redraftPipelineSections(ctx: OrgContext, snapshotId: string) {
  const { draft, hasPipeline } = await freshDraft(ctx.organization, snapshotId);
  if (!hasPipeline)
    throw new AppError("CONFLICT", "Import the pipeline first: there is nothing to redraft from.");
  const result = await rewriteDraftSections({
    organizationId: ctx.organization.id,
    snapshotId,
    actor: actorOf(ctx),
    rewrite: (current, generated) => {
      const plan = pipelineRedraft(current, generated, draft);
      return { ...plan, changed: plan.redrafted.map((s) => s.key) };
    },
  });
  return { redrafted: titles(result.redrafted), edited: titles(result.edited) };
}
