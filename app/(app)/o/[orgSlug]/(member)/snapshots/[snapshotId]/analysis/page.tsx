import type { Metadata } from "next";
import { orgPage } from "@/lib/auth/guard";
import { loadSnapshotAnalysis } from "@/lib/services/snapshot/manage-snapshot";
import { loadSnapshot } from "../_lib/load-snapshot";
import { AnalysisHeader } from "./_components/analysis-header";
import { AnalysisIntro } from "./_components/analysis-intro";
import { ClaimsSection } from "./_components/claims-section";
import { FracturePricesSection } from "./_components/fracture-prices-section";
import { NoAnswersCard } from "./_components/no-answers-card";
import { PerceptionGapsSection } from "./_components/perception-gaps-section";
import { RespondentScoresSection } from "./_components/respondent-scores-section";
import { ScoresSection } from "./_components/scores-section";

export const metadata: Metadata = { title: "Snapshot analysis" };

export default async function SnapshotAnalysisPage({
  params,
}: PageProps<"/o/[orgSlug]/snapshots/[snapshotId]/analysis">) {
  const { orgSlug, snapshotId } = await params;
  const ctx = await orgPage(
    orgSlug,
    "snapshots:read",
    `/o/${orgSlug}/snapshots/${snapshotId}/analysis`,
  );
  await loadSnapshot(ctx, snapshotId);
  const { responses, analysis } = await loadSnapshotAnalysis(ctx.organization.id, snapshotId);
  const back = `/o/${ctx.organization.slug}/snapshots/${snapshotId}`;

  if (!analysis) {
    return (
      <>
        <AnalysisHeader back={back} />
        <NoAnswersCard />
      </>
    );
  }

  const { pipeline } = analysis;
  return (
    <>
      <AnalysisHeader back={back} />
      <AnalysisIntro responseCount={responses.length} hasPipeline={Boolean(pipeline)} />
      <ScoresSection combined={analysis.combined} roles={analysis.perception.roles} />
      <RespondentScoresSection respondents={analysis.respondents} responses={responses} />
      <PerceptionGapsSection perception={analysis.perception} />
      <ClaimsSection pipeline={pipeline} />
      <FracturePricesSection pipeline={pipeline} />
    </>
  );
}
