import { orgRoute } from "@/lib/auth/guard";
import { staleDealsCsv } from "@/lib/services/pipeline/stale-deals-csv";
import { pipelineView } from "../../_components/pipeline-view";

/**
 * Download every stale deal as CSV, under the filters, threshold and sort the page shows: the
 * address is the page's own, read by the same parser, so the file is the list on screen, unpaged.
 */
export const GET = orgRoute(
  "pipeline.stale-deals.export",
  "pipeline:read",
  async (ctx, request) => {
    const { filters, staleMultiple, staleList } = pipelineView(
      Object.fromEntries(new URL(request.url).searchParams),
    );
    const csv = await staleDealsCsv(ctx.organization.id, {
      filters,
      multiple: staleMultiple,
      order: { by: staleList.sort, direction: staleList.direction },
    });
    if (csv === null) return new Response("No pipeline figures yet.", { status: 404 });
    const date = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${ctx.organization.slug}-stale-deals-${date}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  },
);
