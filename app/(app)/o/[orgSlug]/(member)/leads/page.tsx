import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import {
  assessmentPath,
  listOrganizationAssessments,
} from "@/lib/services/diagnostic/list-organization-assessments";
import { orgPage } from "@/lib/auth/guard";
import { can } from "@/lib/domain/organization/permissions";
import { FRACTURE_INFO } from "@/lib/domain/diagnostic";

export const metadata: Metadata = { title: "Leads" };

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export default async function LeadsPage({ params }: PageProps<"/o/[orgSlug]/leads">) {
  const { orgSlug } = await params;
  const ctx = await orgPage(orgSlug, "leads:read", `/o/${orgSlug}/leads`);
  const leads = await listOrganizationAssessments(ctx.organization.id, { withEmail: true });
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-ink text-2xl font-bold tracking-tight">Leads</h1>
          <p className="text-muted mt-2">
            People who took your diagnostic and left an email for a copy.
          </p>
        </div>
        {can(ctx.role, "leads:export") && leads.length > 0 ? (
          // A plain link: the browser downloads the file the route returns.
          <a
            href={`/o/${ctx.organization.slug}/leads/export`}
            className={buttonClasses("secondary")}
            download
          >
            Export CSV
          </a>
        ) : null}
      </div>
      {leads.length === 0 ? (
        <Card className="mt-6 text-center">
          <p className="text-ink font-medium">No leads yet</p>
          <p className="text-muted mt-2 text-sm">
            Takers of <span className="font-mono">/o/{ctx.organization.slug}/diagnostic</span> who
            leave an email appear here.
          </p>
        </Card>
      ) : (
        <ul className="mt-6 divide-y divide-slate-200 overflow-hidden rounded-2xl border border-slate-200 bg-white">
          {leads.map((lead) => (
            <li
              key={lead.id}
              className="flex flex-wrap items-center justify-between gap-3 px-5 py-4"
            >
              <span>
                <span className="text-ink block font-medium">{lead.email}</span>
                <span className="text-muted block text-sm">
                  {[lead.role, lead.revenueBand, lead.vertical].filter(Boolean).join(" · ") ||
                    "No context given"}
                </span>
                {lead.nextStep.map((line) => (
                  <span key={line} className="text-brand-700 mt-1 block text-sm font-medium">
                    {line}
                  </span>
                ))}
              </span>
              <span className="text-right text-sm">
                <span className="text-ink block">
                  {lead.primary ? FRACTURE_INFO[lead.primary].name : "No major leak"}
                </span>
                <Link
                  href={assessmentPath(ctx.organization.slug, lead.id)}
                  className="text-brand-700 hover:underline"
                >
                  Result of {dateFormat.format(lead.createdAt)}
                </Link>
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
