import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { orgPage } from "@/lib/auth/guard";
import { can } from "@/lib/domain/organization/permissions";
import { loadPipelineDashboard } from "@/lib/services/pipeline/load-pipeline-dashboard";
import { CoverageCard } from "./_components/coverage-card";
import { EmptyPipeline } from "./_components/empty-pipeline";
import {
  FiguresBehind,
  FiguresComputing,
  FilteredFiguresComputing,
} from "./_components/figures-state";
import { FiltersForm } from "./_components/filters-form";
import { KeyPersonCard } from "./_components/key-person-card";
import { FilterRule, NoMatchingDeals } from "./_components/filter-rule";
import {
  currentQuarter,
  describeFilters,
  formatAsOf,
  pipelineView,
} from "./_components/pipeline-view";
import { SourceQualityCard } from "./_components/source-quality-card";
import { StageChartsSection } from "./_components/stage-charts-section";
import { StageTableSection } from "./_components/stage-table-section";
import { StaleDealsSection } from "./_components/stale-deals-section";
import { VelocitySection } from "./_components/velocity-section";
import { VelocityTrendCard } from "./_components/velocity-trend-card";

export const metadata: Metadata = { title: "Pipeline" };

export default async function PipelinePage({
  params,
  searchParams,
}: PageProps<"/o/[orgSlug]/pipeline">) {
  const { orgSlug } = await params;
  const ctx = await orgPage(orgSlug, "pipeline:read", `/o/${orgSlug}/pipeline`);
  const { values, filters, staleMultiple, staleList } = pipelineView(await searchParams);
  const data = await loadPipelineDashboard(ctx.organization.id, filters, staleMultiple, {
    order: { by: staleList.sort, direction: staleList.direction },
    offset: staleList.offset,
    pageSize: staleList.pageSize,
  });
  const base = `/o/${ctx.organization.slug}/pipeline`;
  const mayImport = can(ctx.role, "pipeline:import");
  const currency = ctx.organization.currency;
  const ready = data.state === "current" || data.state === "stale";
  const empty =
    data.state === "none" ||
    (ready &&
      data.choices.owners.length + data.deals.won + data.deals.lost + data.deals.open === 0);
  const filtered = Object.values(values).some(Boolean);
  const covers = ready
    ? {
        filters: describeFilters(values),
        shown: data.filteredComputing ? null : data.deals.won + data.deals.lost + data.deals.open,
        all: data.allDeals,
      }
    : null;
  const noMatch = filtered && covers !== null && covers.shown === 0;

  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-ink text-2xl font-bold tracking-tight">Pipeline</h1>
          <p className="text-muted mt-2 max-w-2xl">
            Where opportunities stall and drop out, how fast revenue moves, and which deals are
            counted but going nowhere, over every imported deal; each figure says which deals it
            covers.
          </p>
          {ready && !empty ? (
            <p className="text-ink mt-2 text-sm font-medium">
              Data as of <span data-testid="as-of">{formatAsOf(data.asOf)}</span>
            </p>
          ) : null}
        </div>
        <div className="flex gap-2 print:hidden">
          <ButtonLink href={`${base}/imports`} variant={empty ? "primary" : "secondary"}>
            {mayImport ? "Import CRM data" : "Imports"}
          </ButtonLink>
        </div>
      </div>

      {data.state === "computing" ? <FiguresComputing /> : null}
      {empty ? <EmptyPipeline importsHref={mayImport ? `${base}/imports` : null} /> : null}
      {ready && !empty && covers ? (
        <>
          {data.state === "stale" ? <FiguresBehind failed={data.failed} /> : null}
          <div className="mt-6 print:hidden">
            <FiltersForm action={base} choices={data.choices} values={values} />
          </div>
          <FilterRule />
          {data.filteredComputing ? (
            <FilteredFiguresComputing filters={covers.filters} />
          ) : noMatch ? (
            <NoMatchingDeals filters={covers.filters} clearHref={base} />
          ) : (
            <>
              <VelocitySection deals={data.deals} currency={currency} covers={covers} />
              <StageChartsSection stages={data.stages} covers={covers} />
              <StageTableSection stages={data.stages} covers={covers} />
            </>
          )}
          <div className="mt-6 grid gap-6 lg:grid-cols-2">
            <VelocityTrendCard
              trend={data.trend}
              asOf={data.asOf}
              currency={currency}
              covers={covers}
            />
            <CoverageCard
              coverage={data.coverage}
              asOf={data.asOf}
              currency={currency}
              covers={covers}
              targetForm={
                can(ctx.role, "pipeline:configure")
                  ? { orgSlug: ctx.organization.slug, ...targetPeriod(data.asOf) }
                  : null
              }
            />
          </div>
          <div className="mt-6 grid gap-6 lg:grid-cols-2">
            <SourceQualityCard sources={data.sources} currency={currency} covers={covers} />
            <KeyPersonCard
              owners={data.owners}
              ownerSpread={data.ownerSpread}
              stages={data.stages}
              topByWonRevenue={data.topByWonRevenue}
              topByOpenValue={data.topByOpenValue}
              covers={covers}
            />
          </div>
          {noMatch ? null : (
            <StaleDealsSection
              data={data}
              base={base}
              values={values}
              staleMultiple={staleMultiple}
              list={staleList}
              currency={currency}
              covers={covers}
            />
          )}
        </>
      ) : null}
    </>
  );
}

/** The target form's default period: the quarter holding the data's date. */
function targetPeriod(asOf: Date | null) {
  const quarter = currentQuarter(asOf ?? new Date());
  return { periodStart: quarter.start, periodEnd: quarter.end };
}
