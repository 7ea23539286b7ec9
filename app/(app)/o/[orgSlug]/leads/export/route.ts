import { orgRoute } from "@/lib/auth/guard";
import {
  leadsCsv,
  listOrganizationAssessments,
} from "@/lib/services/diagnostic/list-organization-assessments";
import { appBaseUrl } from "@/lib/http/base-url";

/** Download the organization's diagnostic leads as CSV. */
export const GET = orgRoute("leads.export", "leads:export", async (ctx) => {
  const rows = await listOrganizationAssessments(ctx.organization.id, { withEmail: true });
  const date = new Date().toISOString().slice(0, 10);
  return new Response(leadsCsv(rows, appBaseUrl(), ctx.organization.slug), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${ctx.organization.slug}-leads-${date}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
