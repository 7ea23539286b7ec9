import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { purchaseSelect } from "./purchase-select";

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
