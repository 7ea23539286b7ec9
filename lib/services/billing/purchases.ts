import type { OrgContext } from "@/lib/auth/guard";
export type { PurchaseView } from "@/lib/data/snapshot/list-purchases";
import { getPurchase } from "@/lib/data/snapshot/get-purchase";
import { getPurchaseBySession } from "@/lib/data/snapshot/get-purchase-by-session";
import { listPurchases } from "@/lib/data/snapshot/list-purchases";

/** Every Snapshot this organization paid for, newest first. */
export function listOwnPurchases(ctx: OrgContext) {
  return listPurchases(ctx.organization.id);
}

/** One of this organization's purchases, for its receipt. */
export function getOwnPurchase(ctx: OrgContext, purchaseId: string) {
  return getPurchase(ctx.organization.id, purchaseId);
}

/** The purchase a checkout session returned from. */
export function getPurchaseForCheckout(ctx: OrgContext, sessionId: string) {
  return getPurchaseBySession(ctx.organization.id, sessionId);
}
