/** Mirrors the PurchaseStatus enum in prisma/schema.prisma. */
export type PurchaseStatus = "PENDING" | "PAID" | "REFUNDED" | "EXPIRED" | "FAILED";

/** What one verified Stripe event says about a purchase. */
export type PaymentFacts = {
  paidAt?: Date;
  failedAt?: Date;
  expiredAt?: Date;
  refundedAt?: Date;
  paymentIntentId?: string | null;
  amountTotal?: number | null;
  currency?: string | null;
  receiptUrl?: string | null;
};

export type PaymentEvent = {
  /** Stripe's event id: applied once, however often it is delivered. */
  id: string;
  type: string;
  createdAt: Date;
  /** The purchase it concerns, from the metadata the checkout was created with. */
  purchase: { organizationId: string; purchaseId: string } | null;
  facts: PaymentFacts;
};

/**
 * The purchase's status from everything seen so far, whatever order it arrived in: a refund
 * wins over a payment, a payment over a failure or an expiry.
 */
export function purchaseStatus(seen: {
  paidAt: Date | null;
  refundedAt: Date | null;
  failedAt: Date | null;
  expiredAt: Date | null;
}): PurchaseStatus {
  if (seen.refundedAt) return "REFUNDED";
  if (seen.paidAt) return "PAID";
  if (seen.failedAt) return "FAILED";
  if (seen.expiredAt) return "EXPIRED";
  return "PENDING";
}
