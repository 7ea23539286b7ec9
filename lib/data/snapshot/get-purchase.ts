import { db, withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { purchaseSelect } from "./purchase-select";

/** One purchase of the organization, or NOT_FOUND. */
export async function getPurchase(payerId: string, purchaseId: string) {
  const found = await withTenant(payerId, (tx) =>
    tx.snapshotPurchase.findFirst({
      where: { organizationId: payerId, id: purchaseId },
      select: purchaseSelect,
    }),
  );
  if (!found) throw new AppError("NOT_FOUND", "That purchase was not found.");
  const client = await db.organization.findUnique({
    where: { id: found.clientOrganizationId },
    select: { id: true, name: true, slug: true },
  });
  return { ...found, client };
}
