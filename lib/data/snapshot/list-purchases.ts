import { db, withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";

const purchaseSelect = {
  id: true,
  clientOrganizationId: true,
  snapshotId: true,
  checkoutSessionId: true,
  testMode: true,
  status: true,
  amountTotal: true,
  currency: true,
  receiptUrl: true,
  paidAt: true,
  refundedAt: true,
  createdAt: true,
} as const;

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

/** One purchase of the organization by its Checkout Session, or NOT_FOUND. */
export async function getPurchaseBySession(payerId: string, sessionId: string) {
  const found = await withTenant(payerId, (tx) =>
    tx.snapshotPurchase.findFirst({
      where: { organizationId: payerId, checkoutSessionId: sessionId },
      select: purchaseSelect,
    }),
  );
  if (!found) throw new AppError("NOT_FOUND", "That checkout was not found.");
  return found;
}

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
