import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssessmentDocument } from "@/components/report/assessment-document";
import { buttonClasses } from "@/components/ui/button";
import { orgPage } from "@/lib/auth/guard";
import { getPublishedVersion } from "@/lib/services/snapshot/load-snapshots";
import { loadReportBrand } from "@/lib/services/organization/report-brand";
import { isAppError } from "@/lib/errors";
import type { AssessmentSection } from "@/lib/domain/snapshot";
import type { PublishedFigures } from "@/lib/services/snapshot/published-figures";
import { loadSnapshot } from "../../_lib/load-snapshot";

export const metadata: Metadata = { title: "Snapshot assessment" };

export default async function ReportVersionPage({
  params,
}: PageProps<"/o/[orgSlug]/snapshots/[snapshotId]/report/[version]">) {
  const { orgSlug, snapshotId, version } = await params;
  const ctx = await orgPage(
    orgSlug,
    "snapshots:read",
    `/o/${orgSlug}/snapshots/${snapshotId}/report/${version}`,
  );
  const snapshot = await loadSnapshot(ctx, snapshotId);
  const number = Number(version);
  if (!Number.isInteger(number) || number < 1 || number > 100_000) notFound();
  const found = await getPublishedVersion(ctx, snapshot.id, number).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const brand = await loadReportBrand(snapshot, found);
  const base = `/o/${ctx.organization.slug}/snapshots/${snapshot.id}`;
  return (
    <>
      <p className="text-sm">
        <Link href={`${base}/report`} className="text-brand-700 hover:underline">
          ← Written assessment
        </Link>
      </p>
      <div className="mt-4">
        <AssessmentDocument
          companyName={ctx.organization.name}
          versionNumber={found.number}
          publishedAt={found.publishedAt}
          sections={found.sections as AssessmentSection[]}
          figures={found.figures as PublishedFigures}
          brand={brand}
          actions={
            <a href={`${base}/versions/${found.number}/pdf`} className={buttonClasses("primary")}>
              Download PDF
            </a>
          }
        />
      </div>
    </>
  );
}
