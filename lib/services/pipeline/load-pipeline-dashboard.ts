import { queryCoverage } from "@/lib/data/pipeline/query-coverage";
import { filteredFigures } from "./filtered-figures";
import { staleDealsOf, type StaleDealOrder } from "./stale-deals-of";
import { eliminatedMarks } from "@/lib/services/scoreboard/deal-decisions";
import type { PipelineFilters } from "@/lib/domain/pipeline";
import { viewPipelineSummary } from "./pipeline-summary";
import { readTogether } from "@/lib/data/tenant/read-together";

/** Which page of the stale list, in which order (the address says; the page checks it). */
export type StaleListView = { order: StaleDealOrder; offset: number; pageSize: number };

const FIRST_PAGE: StaleListView = {
  order: { by: "ratio", direction: "desc" },
  offset: 0,
  pageSize: 25,
};

/**
 * Everything the pipeline dashboard shows, over every row, as of the data's own date. The
 * whole-pipeline figures come from the stored summary (computed by a job after each import, never
 * while the page waits); filtered stage and deal figures are computed on a filter's first view
 * (by a job on a large pipeline, meanwhile `filteredComputing`) and stored until the next import;
 * coverage and stale deals are read live.
 */
async function readPipelineDashboard(
  organizationId: string,
  filters: PipelineFilters,
  staleMultiple = 2,
  list: StaleListView = FIRST_PAGE,
) {
  const view = await viewPipelineSummary(organizationId);
  if (view.state === "none" || view.state === "computing") return { state: view.state } as const;
  const summary = view.data;
  const asOf = summary.asOf ? new Date(summary.asOf) : null;
  const filtered = Object.values(filters).some((v) => v !== undefined);
  const allDeals = summary.deals.won + summary.deals.lost + summary.deals.open;
  const [metrics, coverage, stale] = await Promise.all([
    filtered ? filteredFigures(organizationId, filters, allDeals) : summary,
    asOf ? queryCoverage(organizationId, asOf) : null,
    staleDealsOf(organizationId, summary, {
      multiple: staleMultiple,
      limit: list.pageSize,
      offset: list.offset,
      order: list.order,
      filters,
    }),
  ]);
  // Deals on this page of the list that a review eliminated and the CRM has not moved since.
  const eliminated = asOf
    ? await eliminatedMarks(
        organizationId,
        stale.deals.map((d) => d.opportunityId),
        asOf,
      )
    : new Map<string, number>();
  return {
    state: view.state,
    /** The last computation failed; these figures are the ones before it. */
    failed: view.failed,
    asOf,
    /**
     * A job is computing the filtered figures: till then `stages` and `deals` are the whole
     * pipeline's, for labels only, and must not be shown as the filtered ones.
     */
    filteredComputing: metrics === null,
    stages: metrics?.stages ?? summary.stages,
    deals: metrics?.deals ?? summary.deals,
    trend: summary.trend,
    coverage,
    sources: summary.sources,
    owners: summary.owners,
    topByWonRevenue: summary.topByWonRevenue,
    topByOpenValue: summary.topByOpenValue,
    ownerSpread: summary.ownerSpread ?? [],
    stale: stale.deals,
    staleCount: stale.total,
    staleUnjudged: stale.unjudged,
    /** Rows skipped before the page shown (a page past the end shows the last one). */
    staleOffset: stale.offset,
    /** CRM id → the review that eliminated it, for the stale deals shown. */
    staleEliminated: Object.fromEntries(eliminated) as Record<string, number>,
    /** Every deal in the data, for saying how many of them a filtered figure covers. */
    allDeals,
    choices: summary.choices,
    computedAt: new Date(summary.computedAt),
  } as const;
}

/** The same, every read in one transaction (readTogether): one pooled connection per page. */
export function loadPipelineDashboard(
  organizationId: string,
  filters: PipelineFilters,
  staleMultiple = 2,
  list: StaleListView = FIRST_PAGE,
) {
  return readTogether(organizationId, () =>
    readPipelineDashboard(organizationId, filters, staleMultiple, list),
  );
}

export type PipelineDashboard = Extract<
  Awaited<ReturnType<typeof loadPipelineDashboard>>,
  { state: "current" | "stale" }
>;
