import { orgPage } from "@/lib/auth/guard";
import { can } from "@/lib/domain/organization/permissions";
import { AppHeader } from "../../../_components/app-header";

export default async function OrganizationLayout({
  children,
  params,
}: LayoutProps<"/o/[orgSlug]">) {
  const { orgSlug } = await params;
  const ctx = await orgPage(orgSlug, "organization:read", `/o/${orgSlug}`);
  const base = `/o/${ctx.organization.slug}`;
  return (
    <div className="min-h-dvh">
      <AppHeader
        user={ctx.user}
        organization={ctx.organization}
        nav={[
          { href: base, label: "Overview" },
          ...(can(ctx.role, "pipeline:read")
            ? [{ href: `${base}/pipeline`, label: "Pipeline" }]
            : []),
          ...(can(ctx.role, "scoreboard:read")
            ? [{ href: `${base}/scoreboard`, label: "Scoreboard" }]
            : []),
          ...(can(ctx.role, "snapshots:read")
            ? [{ href: `${base}/snapshots`, label: "Snapshots" }]
            : []),
          { href: `${base}/assessments`, label: "Assessments" },
          { href: `${base}/leads`, label: "Leads" },
          { href: `${base}/members`, label: "Members" },
          {
            href: `${base}/engagements`,
            label: ctx.organization.kind === "CONSULTANCY" ? "Clients" : "Consultants",
          },
          ...(can(ctx.role, "audit:read") ? [{ href: `${base}/audit`, label: "Audit log" }] : []),
          ...(can(ctx.role, "billing") ? [{ href: `${base}/billing`, label: "Billing" }] : []),
          ...(can(ctx.role, "organization:update")
            ? [{ href: `${base}/settings`, label: "Settings" }]
            : []),
        ]}
      />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </div>
  );
}
