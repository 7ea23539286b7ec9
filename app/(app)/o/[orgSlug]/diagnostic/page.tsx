import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Questionnaire } from "@/app/(marketing)/diagnostic/_components/questionnaire";
import { publicQuestions } from "@/app/(marketing)/diagnostic/public-questions";
import { BrandedHeader, BrandScope } from "@/components/site/branding";
import { getPublicOrganization } from "@/lib/data/organization/get-public-organization";
import { diagnostic } from "@/lib/diagnostic";
import { ZOrgSlug } from "@/lib/organizations/org-slug";

/** The organization behind a public link, or null for an address that cannot be one. */
async function organizationFor(orgSlug: string) {
  return ZOrgSlug.safeParse(orgSlug).success ? getPublicOrganization(orgSlug) : null;
}

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
          />
        </main>
      </div>
    </BrandScope>
  );
}
