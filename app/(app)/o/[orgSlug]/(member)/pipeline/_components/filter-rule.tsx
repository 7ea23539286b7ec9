import Link from "next/link";
import { Card, CardTitle } from "@/components/ui/card";
import { WHOLE_PIPELINE } from "./pipeline-view";

/** The page's one filter rule, stated once beside the filters; each figure's covers line applies it. */
export function FilterRule() {
  return (
    <p className="text-muted mt-2 max-w-4xl text-sm" data-testid="filter-rule">
      <span className="text-ink font-medium">What the filters cover:</span> the velocity figures,
      funnel, time in stage, stage table and stale deals. The trend, coverage, lead sources and
      key-person dependence always cover the whole pipeline: {WHOLE_PIPELINE.owners}, and{" "}
      {WHOLE_PIPELINE.coverage}.
    </p>
  );
}

/** Filters that leave no deal: say so and offer the way back, instead of empty charts. */
export function NoMatchingDeals({ filters, clearHref }: { filters: string; clearHref: string }) {
  return (
    <Card className="mt-6" data-testid="no-matching-deals">
      <CardTitle>No deal matches these filters</CardTitle>
      <p className="text-muted mt-2 text-sm">
        No imported deal matches all of: {filters}. The velocity figures, the funnel, time in stage,
        the stages and stale deals have nothing to count.{" "}
        <Link href={clearHref} className="text-brand-700 font-medium hover:underline print:hidden">
          Clear the filters
        </Link>{" "}
        <span className="print:hidden">to see the whole pipeline again.</span>
      </p>
    </Card>
  );
}
