import { getOrganizationBrand } from "@/lib/data/organization/get-organization-brand";
import { getUserName } from "@/lib/data/user/get-user-name";
import { reportBrandOf, type ReportBrand } from "@/lib/domain/organization/report-brand";

/**
 * The brand on a Snapshot's report: that of the organization that bought it, so a consultancy's
 * client sees the consultancy, and a company that bought its own sees itself. The same for the
 * web report, the share page and both ways to the PDF.
 */
export async function loadReportBrand(
  snapshot: { purchasedByOrganizationId: string },
  version: { publishedById: string | null },
): Promise<ReportBrand> {
  const [source, publisherName] = await Promise.all([
    getOrganizationBrand(snapshot.purchasedByOrganizationId),
    version.publishedById ? getUserName(version.publishedById) : Promise.resolve(null),
  ]);
  return reportBrandOf(source, publisherName);
}
