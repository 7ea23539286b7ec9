import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/guard";
import { can } from "@/lib/domain/organization/permissions";
import { listOwnEngagements } from "@/lib/services/engagements/list-own-engagements";
import {
  EndEngagementButton,
  GrantConsultancyForm,
  NewClientForm,
} from "./_components/engagement-forms";

export const metadata: Metadata = { title: "Engagements" };

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export default async function EngagementsPage({ params }: PageProps<"/o/[orgSlug]/engagements">) {
  const { orgSlug } = await params;
  const ctx = await orgPage(orgSlug, "organization:read", `/o/${orgSlug}/engagements`);
  const consultancy = ctx.organization.kind === "CONSULTANCY";
  const manage = can(ctx.role, "engagements:manage") && !ctx.via;
  const engagements = await listOwnEngagements(ctx);

  return (
    <>
      <h1 className="text-ink text-2xl font-bold tracking-tight">
        {consultancy ? "Clients" : "Consultants"}
      </h1>
      <p className="text-muted mt-2">
        {consultancy
          ? "Client companies you work for. While an engagement is active, your team reaches the client's pages with its own role, capped at admin."
          : "Consultancies working with you. While an engagement is active, their team can use your pages; ending it ends their access at once."}
      </p>

      {manage ? (
        <Card className="mt-6">
          <CardTitle>{consultancy ? "Add a client" : "Bring in a consultancy"}</CardTitle>
          <div className="mt-4">
            {consultancy ? (
              <NewClientForm orgSlug={ctx.organization.slug} />
            ) : (
              <GrantConsultancyForm orgSlug={ctx.organization.slug} />
            )}
          </div>
        </Card>
      ) : null}

      {engagements.length === 0 ? (
        <Card className="text-muted mt-6 text-center">
          {consultancy ? "No clients yet." : "No consultancy has access."}
        </Card>
      ) : (
        <ul
          aria-label={consultancy ? "Clients" : "Consultants"}
          className="mt-6 divide-y divide-slate-200 overflow-hidden rounded-2xl border border-slate-200 bg-white"
        >
          {engagements.map((e) => {
            const other = consultancy ? e.client : e.consultancy;
            const active = e.status === "ACTIVE";
            return (
              <li
                key={e.id}
                className="flex flex-wrap items-center justify-between gap-3 px-5 py-4"
              >
                <span>
                  {consultancy && active ? (
                    <Link
                      href={`/o/${other.slug}`}
                      className="text-brand-700 font-medium hover:underline"
                    >
                      {other.name}
                    </Link>
                  ) : (
                    <span className="text-ink font-medium">{other.name}</span>
                  )}
                  <span className="text-muted block text-sm">
                    since {dateFormat.format(e.startedAt)}
                    {e.endedAt ? ` · ended ${dateFormat.format(e.endedAt)}` : ""}
                  </span>
                </span>
                <span className="flex items-center gap-3">
                  <Badge tone={active ? "good" : "neutral"}>{active ? "Active" : "Ended"}</Badge>
                  {manage && active ? (
                    <EndEngagementButton
                      orgSlug={ctx.organization.slug}
                      engagementId={e.id}
                      label={other.name}
                    />
                  ) : null}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
