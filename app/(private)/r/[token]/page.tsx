import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AssessmentDocument } from "@/components/report/assessment-document";
import { buttonClasses } from "@/components/ui/button";
import { isAppError } from "@/lib/errors";
import type { AssessmentSection } from "@/lib/domain/snapshot";
import type { PublishedFigures } from "@/lib/services/snapshot/published-figures";
import { loadReportBrand } from "@/lib/services/organization/report-brand";
import { loadSharedReport } from "@/lib/services/snapshot/shared-report";

export const metadata: Metadata = {
  title: "Snapshot assessment",
  // A private link: keep it out of search engines and referrer headers.
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

export default async function SharedReportPage({ params }: PageProps<"/r/[token]">) {
  const { token } = await params;
  const { snapshot, version } = await loadSharedReport(token).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const brand = await loadReportBrand(snapshot, version);
  return (
    <div className="px-4 py-8 sm:px-6 sm:py-12">
      <AssessmentDocument
        companyName={snapshot.organization.name}
        versionNumber={version.number}
        publishedAt={version.publishedAt}
        sections={version.sections as AssessmentSection[]}
        figures={version.figures as PublishedFigures}
        brand={brand}
        actions={
          <a href={`/r/${token}/pdf`} className={buttonClasses("primary")}>
            Download PDF
          </a>
        }
      />
    </div>
  );
}
