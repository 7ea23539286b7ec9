import { orgRoute } from "@/lib/auth/guard";
import { reviewDecisionsCsv } from "@/lib/services/scoreboard/review-decisions-csv";
import { ZReviewRequest } from "@/lib/services/scoreboard/reviews";

/** A review's decisions as CSV, for the CRM admin to apply (formulas neutralized). */
export const GET = orgRoute<{ number: string }>(
  "scoreboard.review-decisions",
  "scoreboard:read",
  async (ctx, _request, params) => {
    const { number } = ZReviewRequest.parse({ orgSlug: ctx.organization.slug, ...params });
    const csv = await reviewDecisionsCsv(ctx, number);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${ctx.organization.slug}-review-${number}-decisions.csv"`,
        "Cache-Control": "no-store",
      },
    });
  },
);
