import type { OrgContext } from "@/lib/auth/guard";
import { getOrganizationBrand } from "@/lib/data/organization/get-organization-brand";
import { reportBrandOf } from "@/lib/domain/organization/report-brand";

/** The settings page's view of the organization's brand on reports: its logo and prepared-by. */
export async function loadBrandSettings(ctx: OrgContext) {
  const row = await getOrganizationBrand(ctx.organization.id);
  return {
    logoSrc: reportBrandOf(row, null).logoSrc,
    preparedBy: {
      name: row.preparedByName ?? "",
      title: row.preparedByTitle ?? "",
      email: row.preparedByEmail ?? "",
      phone: row.preparedByPhone ?? "",
    },
  };
}
