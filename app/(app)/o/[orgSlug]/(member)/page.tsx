import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/guard";
import { can, ROLE_LABELS } from "@/lib/domain/organization/permissions";

export const metadata: Metadata = { title: "Overview" };

export default async function OrganizationHomePage({
  params,
  searchParams,
}: PageProps<"/o/[orgSlug]">) {
  const { orgSlug } = await params;
  const { denied } = await searchParams;
  const ctx = await orgPage(orgSlug, "organization:read", `/o/${orgSlug}`);
  return (
    <>
      {denied ? (
        <div
          role="alert"
          className="mb-6 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900"
        >
          Your role ({ROLE_LABELS[ctx.role]}) does not allow that page. Ask an owner or admin.
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-ink text-2xl font-bold tracking-tight">{ctx.organization.name}</h1>
        <Badge tone="brand">{ROLE_LABELS[ctx.role]}</Badge>
        {ctx.via ? <Badge tone="watch">Consultant access via {ctx.via}</Badge> : null}
      </div>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <Card>
          <CardTitle>Revenue Leak Diagnostic</CardTitle>
          <p className="text-muted mt-2 text-sm">
            Twelve questions, about three minutes, no sign-up. Share your organization&apos;s link
            with your leadership team or prospects: every result lands in Assessments, and those who
            leave an email in Leads.
          </p>
          <p className="text-ink mt-3 rounded-lg bg-slate-50 px-3 py-2 font-mono text-sm break-all">
            /o/{ctx.organization.slug}/diagnostic
          </p>
          <div className="mt-4">
            <ButtonLink href={`/o/${ctx.organization.slug}/diagnostic`}>
              Open your diagnostic
            </ButtonLink>
          </div>
        </Card>
        {can(ctx.role, "scoreboard:read") ? (
          <Card>
            <CardTitle>Shared scoreboard</CardTitle>
            <p className="text-muted mt-2 text-sm">
              One signed definition of a qualified opportunity, one set of figures marketing and
              sales both defend, and a review every two weeks where each stale deal is advanced or
              dropped.
            </p>
            <div className="mt-4">
              <ButtonLink href={`/o/${ctx.organization.slug}/scoreboard`} variant="secondary">
                Scoreboard
              </ButtonLink>
            </div>
          </Card>
        ) : null}
        {can(ctx.role, "snapshots:read") ? (
          <Card>
            <CardTitle>Snapshot</CardTitle>
            <p className="text-muted mt-2 text-sm">
              The deeper, paid assessment: each leader answers with evidence, the pipeline checks
              their claims, and a written assessment goes to the next leadership meeting.
            </p>
            <div className="mt-4">
              <ButtonLink href={`/o/${ctx.organization.slug}/snapshots`} variant="secondary">
                Snapshots
              </ButtonLink>
            </div>
          </Card>
        ) : null}
        <Card>
          <CardTitle>Your team</CardTitle>
          <p className="text-muted mt-2 text-sm">
            See who is in {ctx.organization.name} and what each role may do.
          </p>
          <div className="mt-4">
            <ButtonLink href={`/o/${ctx.organization.slug}/members`} variant="secondary">
              Members
            </ButtonLink>
          </div>
        </Card>
      </div>
    </>
  );
}
