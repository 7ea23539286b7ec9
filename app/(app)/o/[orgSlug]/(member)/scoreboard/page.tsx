import type { Metadata } from "next";
import { PrintFrame } from "@/components/print/print-frame";
import { cn } from "@/components/ui/cn";
import { orgPage } from "@/lib/auth/guard";
import { can } from "@/lib/domain/organization/permissions";
import { loadScoreboard } from "@/lib/services/scoreboard/load-scoreboard";
import { FiguresSection } from "./_components/figures-section";
import { NoPipelineCard } from "./_components/no-pipeline-card";
import { PipelineHealthSection } from "./_components/pipeline-health-section";
import { ReviewsSection } from "./_components/reviews-section";
import { ScoreboardHeader } from "./_components/scoreboard-header";
import { StandardSummary } from "./_components/standard-summary";
import { TrendsSection } from "./_components/trends-section";

export const metadata: Metadata = { title: "Scoreboard" };

export default async function ScoreboardPage({
  params,
  searchParams,
}: PageProps<"/o/[orgSlug]/scoreboard">) {
  const { orgSlug } = await params;
  const ctx = await orgPage(orgSlug, "scoreboard:read", `/o/${orgSlug}/scoreboard`);
  const present = (await searchParams).present === "1";
  const data = await loadScoreboard(ctx.organization.id);
  const slug = ctx.organization.slug;
  const base = `/o/${slug}/scoreboard`;
  const { cadence } = data.standard.settings;
  const manage = can(ctx.role, "scoreboard:manage");

  const latest = data.reviews[0];
  return (
    <PrintFrame
      company={ctx.organization.name}
      review={latest ? `Latest review ${latest.number}` : "No review yet"}
    >
      <div className={cn(present && "text-lg [&_h2]:text-2xl")}>
        <ScoreboardHeader cadence={cadence} base={base} present={present} />
        <StandardSummary standard={data.standard} base={base} present={present} />
        {!data.hasPipeline || !data.figures ? (
          <NoPipelineCard slug={slug} computing={data.computing} />
        ) : (
          <>
            <FiguresSection
              tiles={data.tiles}
              present={present}
              scope={{
                deals: data.dealCount,
                asOf: data.figures.asOf,
                standardVersion: data.standard.effective?.number ?? null,
              }}
            />
            <TrendsSection trend={data.trend} history={data.history} />
            <PipelineHealthSection stale={data.stale} owners={data.owners} slug={slug} />
          </>
        )}
        <ReviewsSection
          reviews={data.reviews}
          openReview={data.openReview}
          next={data.next}
          cadence={cadence}
          canStart={manage && data.hasPipeline}
          base={base}
          slug={slug}
        />
      </div>
    </PrintFrame>
  );
}
