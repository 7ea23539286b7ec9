import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { requireUserPage } from "@/lib/auth/guard";
import { ROLE_LABELS } from "@/lib/domain/organization/permissions";
import { loadOrganizationsHome } from "@/lib/services/organization/load-organizations-home";
import { AppHeader } from "../_components/app-header";
import { CreateOrganizationForm } from "./_components/create-organization-form";

export const metadata: Metadata = { title: "Your organizations" };

const KIND_LABELS = {
  PLATFORM: "Platform",
  COMPANY: "Company",
  CONSULTANCY: "Consultancy",
} as const;

export default async function OrganizationsPage({ searchParams }: PageProps<"/o">) {
  const user = await requireUserPage("/o");
  const { snapshot } = await searchParams;
  const { memberships, signIns } = await loadOrganizationsHome(user);
  return (
    <div className="min-h-dvh">
      <AppHeader user={user} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
        <h1 className="text-ink text-2xl font-bold tracking-tight">Your organizations</h1>
        {snapshot === "1" ? (
          // Arrived from "Get the Snapshot" on a diagnostic result.
          <p
            role="status"
            className="border-brand-200 bg-brand-50 text-ink mt-4 rounded-xl border px-4 py-3 text-sm text-pretty"
          >
            A Snapshot is bought for a company. Create yours below (or open it), then choose
            Snapshots in its menu to pay and invite your leaders.
          </p>
        ) : null}
        {memberships.length === 0 ? (
          <p className="text-muted mt-2">
            You are not in any organization yet. Create one below, or ask a colleague to invite you.
          </p>
        ) : (
          <ul className="mt-6 divide-y divide-slate-200 overflow-hidden rounded-2xl border border-slate-200 bg-white">
            {memberships.map(({ organization, role }) => (
              <li key={organization.id}>
                <Link
                  href={`/o/${organization.slug}`}
                  className="flex items-center justify-between gap-4 px-5 py-4 hover:bg-slate-50"
                >
                  <span>
                    <span className="text-ink block font-medium">{organization.name}</span>
                    <span className="text-muted block text-sm">/o/{organization.slug}</span>
                  </span>
                  <span className="flex items-center gap-2">
                    <Badge>{KIND_LABELS[organization.kind]}</Badge>
                    <Badge tone="brand">{ROLE_LABELS[role]}</Badge>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <Card className="mt-8">
          <CardTitle>Create an organization</CardTitle>
          <div className="mt-4">
            <CreateOrganizationForm />
          </div>
        </Card>
        <section aria-labelledby="sign-ins" className="mt-8">
          <h2 id="sign-ins" className="text-ink text-lg font-semibold">
            Recent sign-ins to your account
          </h2>
          <p className="text-muted mt-1 text-sm">
            Not you? Sign out and tell an owner of your organization.
          </p>
          <ul className="mt-3 divide-y divide-slate-100 overflow-hidden rounded-2xl border border-slate-200 bg-white text-sm">
            {signIns.map((event) => (
              <li key={event.id} className="flex justify-between gap-3 px-5 py-3">
                <time dateTime={event.createdAt.toISOString()} className="text-ink">
                  {timeFormat.format(event.createdAt)} UTC
                </time>
                <span className="text-muted">{providerOf(event.details)}</span>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </div>
  );
}

const timeFormat = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

function providerOf(details: unknown): string {
  const provider =
    details && typeof details === "object" && "provider" in details
      ? String(details.provider)
      : "email";
  return (
    { email: "Email link", google: "Google", "microsoft-entra-id": "Microsoft" }[provider] ??
    provider
  );
}
