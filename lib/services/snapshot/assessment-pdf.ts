import { getOrganizationLogo } from "@/lib/data/organization/get-organization-logo";
import { getReportVersion } from "@/lib/data/snapshot/get-report-version";
import { getSnapshotOrThrow } from "@/lib/data/snapshot/get-snapshot";
import { assessmentPdfFileName, renderAssessmentPdf } from "@/lib/reports/render-assessment-pdf";
import type { AssessmentSection } from "@/lib/domain/snapshot";
import type { ReportBrand } from "@/lib/domain/organization/report-brand";
import { isAppError } from "@/lib/errors";
import { describeWait } from "@/lib/limits/limit-spec";
import { clientSubject, enforceLimits } from "@/lib/limits/rate-limit";
import { loadReportBrand } from "@/lib/services/organization/report-brand";
import type { PublishedFigures } from "./published-figures";
import { loadSharedReport } from "./shared-report";

type Version = Awaited<ReturnType<typeof getReportVersion>>;

/** The uploaded logo's pixels for the cover; none when none is uploaded (or it was just removed). */
async function logoOf(brand: ReportBrand) {
  if (!brand.uploadedLogoVersion) return null;
  try {
    return await getOrganizationLogo(brand.organizationId, brand.uploadedLogoVersion);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

/**
 * The one way a published version becomes a PDF, whether a signed-in reader or the share link
 * asks: the same brand, the same author, the same bytes.
 */
async function pdfOf(
  companyName: string,
  snapshot: { purchasedByOrganizationId: string },
  version: Version,
) {
  const brand = await loadReportBrand(snapshot, version);
  const buffer = await renderAssessmentPdf({
    companyName,
    brand: {
      name: brand.name,
      accentColor: brand.accentColor,
      logo: await logoOf(brand),
      preparedBy: brand.preparedBy,
    },
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
  return pdfOf(organization.name, snapshot, version);
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
  return pdfOf(snapshot.organization.name, snapshot, version);
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
