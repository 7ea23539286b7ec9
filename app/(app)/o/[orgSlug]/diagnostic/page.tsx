import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Questionnaire } from "@/app/(marketing)/diagnostic/_components/questionnaire";
import { publicQuestions } from "@/app/(marketing)/diagnostic/public-questions";
import { BrandedHeader, BrandScope } from "@/components/site/branding";
import { diagnostic } from "@/lib/domain/diagnostic";
import { findPublicOrganization as organizationFor } from "@/lib/services/diagnostic/public-organization";

export async function generateMetadata({
  params,
}: PageProps<"/o/[orgSlug]/diagnostic">): Promise<Metadata> {
  const organization = await organizationFor((await params).orgSlug);
  return { title: organization ? `Revenue Leak Diagnostic · ${organization.name}` : "Not found" };
}

/** Public: an organization's own link to the diagnostic, in its branding; results land with it. */
export default async function OrganizationDiagnosticPage({
  params,
}: PageProps<"/o/[orgSlug]/diagnostic">) {
  const { orgSlug } = await params;
  const organization = await organizationFor(orgSlug);
  if (!organization) notFound();
  return (
    <BrandScope branding={organization}>
      <div className="min-h-dvh">
        <BrandedHeader branding={organization} />
        <main id="main">
          <Questionnaire
            version={diagnostic.version}
            questions={publicQuestions()}
            orgSlug={organization.slug}
            feedsBenchmarks={!organization.benchmarkOptOut}
          />
        </main>
      </div>
    </BrandScope>
  );
}
