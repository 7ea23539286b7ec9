import { toCsv } from "@/lib/csv/to-csv";
import { readTogether } from "@/lib/data/tenant/read-together";
import type { PipelineFilters } from "@/lib/domain/pipeline";
import { viewPipelineSummary } from "./pipeline-summary";
import { staleDealsOf, type StaleDealOrder } from "./stale-deals-of";

const HEADER = [
  "deal id",
  "deal",
  "owner",
  "stage",
  "open amount",
  "days",
  "days counted",
  "usual stay (days)",
  "usual stay is",
  "x usual stay",
];

const round = (n: number | null, places = 1) => (n === null ? null : Number(n.toFixed(places)));

/**
 * Every stale deal under the dashboard's filters, threshold and order, as CSV: the list the page
 * pages through, whole, for working through in a meeting. Null before there are figures to judge by.
 */
export function staleDealsCsv(
  organizationId: string,
  options: { filters: PipelineFilters; multiple: number; order: StaleDealOrder },
) {
  return readTogether(organizationId, async () => {
    const view = await viewPipelineSummary(organizationId);
    if (view.state === "none" || view.state === "computing") return null;
    const { deals } = await staleDealsOf(organizationId, view.data, options);
    return toCsv(
      HEADER,
      deals.map((d) => [
        d.opportunityId,
        d.name,
        d.owner ?? "Unassigned",
        view.data.stages.find((s) => s.key === d.stage)?.label ?? d.stage,
        d.amount,
        round(d.basis === "stage" ? d.daysInStage : d.ageDays, 0),
        d.basis === "stage" ? "in stage" : "since opened",
        round(d.medianDays),
        d.basis === "stage" ? "stage median" : "median won cycle",
        round(d.stallRatio, 2),
      ]),
    );
  });
}
