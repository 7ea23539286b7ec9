import { getReportVersion } from "@/lib/data/snapshot/get-report-version";
import { getSnapshotOrThrow } from "@/lib/data/snapshot/get-snapshot";
import { assessmentPdfFileName, renderAssessmentPdf } from "@/lib/reports/render-assessment-pdf";
import type { AssessmentSection } from "@/lib/domain/snapshot";
import { describeWait } from "@/lib/limits/limit-spec";
import { clientSubject, enforceLimits } from "@/lib/limits/rate-limit";
import type { PublishedFigures } from "./published-figures";
import { loadSharedReport } from "./shared-report";

type Version = Awaited<ReturnType<typeof getReportVersion>>;

async function pdfOf(companyName: string, preparedBy: string | null, version: Version) {
  const buffer = await renderAssessmentPdf({
    companyName,
    preparedBy,
    versionNumber: version.number,
    publishedAt: version.publishedAt,
    sections: version.sections as AssessmentSection[],
    figures: version.figures as PublishedFigures,
  });
  return { buffer, fileName: assessmentPdfFileName(companyName, version.publishedAt) };
}

/** A published version as a PDF, for a signed-in reader of the company. */
export async function versionPdf(
  organization: { id: string; name: string },
  snapshotId: string,
  number: number,
) {
  const snapshot = await getSnapshotOrThrow(organization.id, snapshotId);
  const version = await getReportVersion(organization.id, snapshot.id, number);
  return pdfOf(organization.name, snapshot.purchasedBy, version);
}

/**
 * The latest published version behind a share link, as a PDF. Public and costly to render, so
 * each client may ask for a limited number in a window.
 */
export async function sharedPdf(token: string, clientAddress: string) {
  const { snapshot, version } = await loadSharedReport(token);
  await enforceLimits(
    [{ limit: "pdfPerClient", subject: clientSubject(clientAddress) }],
    ({ retryAfterSeconds }) =>
      `Too many PDFs were asked for from your network. Try again in ${describeWait(retryAfterSeconds)}, or read the report on the page.`,
  );
  return pdfOf(snapshot.organization.name, null, version);
}

/** The PDF as a download, named for the company and the date it was published. */
export function pdfResponse({ buffer, fileName }: { buffer: Buffer; fileName: string }) {
  return new Response(new Uint8Array(buffer), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
