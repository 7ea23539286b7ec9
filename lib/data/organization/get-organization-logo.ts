import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * The organization's uploaded logo; with `version`, only if that is still the current one. Read
 * under the logo's own organization, whoever's page draws it. NOT_FOUND otherwise.
 */
export async function getOrganizationLogo(organizationId: string, version?: string) {
  const found = await withTenant(organizationId, (tx) =>
    tx.organizationLogo.findFirst({
      where: { organizationId, ...(version ? { sha256: version } : {}) },
      select: { contentType: true, bytes: true, width: true, height: true, sha256: true },
    }),
  );
  if (!found) throw new AppError("NOT_FOUND", "That logo was not found.");
  return found;
}
