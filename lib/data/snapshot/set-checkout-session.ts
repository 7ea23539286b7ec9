import { withTenant } from "@/lib/db";

/** Remember the Checkout Session Stripe (or the local test checkout) created for a purchase. */
export async function setCheckoutSession(payerId: string, purchaseId: string, sessionId: string) {
  await withTenant(payerId, (tx) =>
    tx.snapshotPurchase.update({
      where: { organizationId_id: { organizationId: payerId, id: purchaseId } },
      data: { checkoutSessionId: sessionId },
      select: { id: true },
    }),
  );
}
