import type { Metadata } from "next";
import { Card, CardTitle } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/guard";
import { loadBrandSettings } from "@/lib/services/organization/load-brand-settings";
import { loadNextStepSetting } from "@/lib/services/organization/load-next-step-setting";
import { BenchmarkForm } from "./_components/benchmark-form";
import { LogoForm } from "./_components/logo-form";
import { NextStepForm } from "./_components/next-step-form";
import { PreparedByForm } from "./_components/prepared-by-form";
import { ProfileForm } from "./_components/profile-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ params }: PageProps<"/o/[orgSlug]/settings">) {
  const { orgSlug } = await params;
  const ctx = await orgPage(orgSlug, "organization:update", `/o/${orgSlug}/settings`);
  const branded = ctx.organization.kind !== "PLATFORM";
  const nextStep = branded ? await loadNextStepSetting(ctx) : null;
  const brand = branded ? await loadBrandSettings(ctx) : null;
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
      {brand ? (
        <Card className="mt-6 max-w-2xl" data-testid="report-brand">
          <CardTitle>Your brand on assessments</CardTitle>
          <p className="text-muted mt-1 text-sm">
            The web report, the leadership team&apos;s share page and the PDF of every Snapshot you
            buy carry this logo, your accent colour and who prepared it.
          </p>
          <div className="mt-5">
            <LogoForm
              orgSlug={ctx.organization.slug}
              logoSrc={brand.logoSrc}
              organizationName={ctx.organization.name}
            />
          </div>
          <h3 className="text-ink mt-8 text-base font-semibold">Prepared by</h3>
          <div className="mt-3">
            <PreparedByForm orgSlug={ctx.organization.slug} initial={brand.preparedBy} />
          </div>
        </Card>
      ) : null}
      {nextStep ? (
        <Card className="mt-6 max-w-2xl">
          <CardTitle>Next step on your diagnostic results</CardTitle>
          <p className="text-muted mt-1 text-sm">
            What a prospect is offered at the end of a result from your link. Each click is counted
            on their lead.
          </p>
          <div className="mt-5">
            <NextStepForm
              orgSlug={ctx.organization.slug}
              organizationName={ctx.organization.name}
              initial={nextStep}
            />
          </div>
        </Card>
      ) : null}
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
