import type { Metadata } from "next";
import Link from "next/link";
import { ScoreTrendChart, type TrendPoint } from "@/components/charts/score-trend-chart";
import { severityOf } from "@/components/diagnostic/severity";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import {
  assessmentPath,
  listOrganizationAssessments,
  type AssessmentRow,
} from "@/lib/services/diagnostic/list-organization-assessments";
import { orgPage } from "@/lib/auth/guard";
import { FRACTURES, FRACTURE_INFO } from "@/lib/domain/diagnostic";

export const metadata: Metadata = { title: "Assessments" };

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/** Mean score per fracture per calendar month, oldest first. */
function monthlyTrend(rows: AssessmentRow[]): TrendPoint[] {
  const byMonth = new Map<string, AssessmentRow[]>();
  for (const row of rows) {
    const month = row.createdAt.toISOString().slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), row]);
  }
  return [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, group]) => ({
      period,
      ...Object.fromEntries(
        FRACTURES.map((k) => [
          k,
          Math.round(group.reduce((sum, r) => sum + r.scores[k], 0) / group.length),
        ]),
      ),
    }));
}

export default async function AssessmentsPage({ params }: PageProps<"/o/[orgSlug]/assessments">) {
  const { orgSlug } = await params;
  const ctx = await orgPage(orgSlug, "assessments:read", `/o/${orgSlug}/assessments`);
  const rows = await listOrganizationAssessments(ctx.organization.id);

  return (
    <>
      <h1 className="text-ink text-2xl font-bold tracking-tight">Assessments</h1>
      <p className="text-muted mt-2">
        Every Revenue Leak Diagnostic taken through {ctx.organization.name}&apos;s link, with how
        the five scores move between retakes.
      </p>
      {rows.length === 0 ? (
        <Card className="mt-6 text-center">
          <p className="text-ink font-medium">No diagnostics yet</p>
          <p className="text-muted mt-2 text-sm">
            Share your link <span className="font-mono">/o/{ctx.organization.slug}/diagnostic</span>{" "}
            with your leadership team; each result lands here.
          </p>
        </Card>
      ) : (
        <>
          <Card className="mt-6">
            <CardTitle>Scores over time</CardTitle>
            <p className="text-muted mt-1 text-sm">Average leak score per fracture, by month.</p>
            <div className="mt-4">
              <ScoreTrendChart
                data={monthlyTrend(rows)}
                series={FRACTURES.map((k) => ({ key: k, name: FRACTURE_INFO[k].shortName }))}
              />
            </div>
          </Card>
          <div className="mt-6 overflow-x-auto rounded-2xl border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Diagnostics, newest first</caption>
              <thead className="text-muted border-b border-slate-200 bg-slate-50">
                <tr>
                  <th scope="col" className="px-4 py-3 font-medium">
                    Taken
                  </th>
                  <th scope="col" className="px-4 py-3 font-medium">
                    Costliest fracture
                  </th>
                  {FRACTURES.map((k) => (
                    <th key={k} scope="col" className="px-3 py-3 text-right font-medium">
                      {FRACTURE_INFO[k].shortName}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td className="px-4 py-3 whitespace-nowrap">
                      <Link
                        href={assessmentPath(ctx.organization.slug, r.id)}
                        className="text-brand-700 font-medium hover:underline"
                      >
                        {dateFormat.format(r.createdAt)}
                      </Link>
                      {r.role ? <span className="text-muted block text-xs">{r.role}</span> : null}
                    </td>
                    <td className="text-ink px-4 py-3">
                      {r.primary ? FRACTURE_INFO[r.primary].shortName : "None"}
                    </td>
                    {FRACTURES.map((k) => (
                      <td key={k} className="px-3 py-3 text-right">
                        <Badge tone={severityOf(r.scores[k]).tone}>{r.scores[k]}</Badge>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
