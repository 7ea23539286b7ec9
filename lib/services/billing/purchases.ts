import type { OrgContext } from "@/lib/auth/guard";
export type { PurchaseView } from "@/lib/data/snapshot/list-purchases";
import { getPurchase } from "@/lib/data/snapshot/get-purchase";
import { getPurchaseBySession } from "@/lib/data/snapshot/get-purchase-by-session";
import { listPurchases } from "@/lib/data/snapshot/list-purchases";
import { removeExpiredPurchase } from "@/lib/data/snapshot/remove-expired-purchase";

/** Every Snapshot this organization paid for, newest first. */
export function listOwnPurchases(ctx: OrgContext) {
  return listPurchases(ctx.organization.id);
}

/** One of this organization's purchases, for its receipt. */
export function getOwnPurchase(ctx: OrgContext, purchaseId: string) {
  return getPurchase(ctx.organization.id, purchaseId);
}

/** The purchase a checkout session returned from, with the company its Snapshot is about. */
export async function getPurchaseForCheckout(ctx: OrgContext, sessionId: string) {
  const found = await getPurchaseBySession(ctx.organization.id, sessionId);
  return getPurchase(ctx.organization.id, found.id);
}

/** Take away a checkout that expired unpaid, with the locked Snapshot it left behind. */
export function removeOwnExpiredPurchase(ctx: OrgContext, snapshotId: string) {
  return removeExpiredPurchase({
    payerId: ctx.organization.id,
    snapshotId,
    actor: { userId: ctx.user.id, email: ctx.user.email },
  });
}
