import type { Metadata } from "next";
import { Card, CardTitle } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/guard";
import { BenchmarkForm } from "./_components/benchmark-form";
import { ProfileForm } from "./_components/profile-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ params }: PageProps<"/o/[orgSlug]/settings">) {
  const { orgSlug } = await params;
  const ctx = await orgPage(orgSlug, "organization:update", `/o/${orgSlug}/settings`);
  return (
    <>
      <h1 className="text-ink text-2xl font-bold tracking-tight">Settings</h1>
      <Card className="mt-6 max-w-2xl">
        <CardTitle>Name and branding</CardTitle>
        <p className="text-muted mt-1 text-sm">
          Shown to everyone who opens{" "}
          <span className="font-mono">/o/{ctx.organization.slug}/diagnostic</span>.
        </p>
        <div className="mt-5">
          <ProfileForm
            orgSlug={ctx.organization.slug}
            initial={{
              name: ctx.organization.name,
              logoUrl: ctx.organization.logoUrl ?? "",
              accentColor: ctx.organization.accentColor ?? "",
              currency: ctx.organization.currency,
            }}
          />
        </div>
      </Card>
      <Card className="mt-6 max-w-2xl">
        <CardTitle>Anonymous benchmarks</CardTitle>
        <p className="text-muted mt-1 text-sm">
          Each result page compares a company&apos;s scores with others in its industry and revenue
          band.
        </p>
        <div className="mt-5">
          <BenchmarkForm
            orgSlug={ctx.organization.slug}
            initial={!ctx.organization.benchmarkOptOut}
          />
        </div>
      </Card>
    </>
  );
}
