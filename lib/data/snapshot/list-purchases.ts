import { db, withTenant } from "@/lib/db";
import { purchaseSelect } from "./purchase-select";

/** The organization's purchases, newest first, each with the company it was for. */
export async function listPurchases(payerId: string, take = 50) {
  const purchases = await withTenant(payerId, (tx) =>
    tx.snapshotPurchase.findMany({
      where: { organizationId: payerId },
      orderBy: { createdAt: "desc" },
      take,
      select: purchaseSelect,
    }),
  );
  const clients = await db.organization.findMany({
    where: { id: { in: [...new Set(purchases.map((p) => p.clientOrganizationId))] } },
    select: { id: true, name: true, slug: true },
  });
  const byId = new Map(clients.map((c) => [c.id, c]));
  return purchases.map((p) => ({ ...p, client: byId.get(p.clientOrganizationId) ?? null }));
}

export type PurchaseView = Awaited<ReturnType<typeof listPurchases>>[number];
