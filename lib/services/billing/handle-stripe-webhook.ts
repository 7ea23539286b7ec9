import { z } from "zod";
import { applyPaymentEvent } from "@/lib/data/snapshot/apply-payment-event";
import type { PaymentEvent, PaymentFacts } from "@/lib/domain/billing/purchase-status";
import { billingMode } from "@/lib/stripe/billing-mode";
import { stripeClient } from "@/lib/stripe/stripe-client";

/** The events the webhook acts on; Stripe may send others, which are acknowledged and ignored. */
export const HANDLED_EVENTS = [
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
  "checkout.session.expired",
  "charge.succeeded",
  "charge.refunded",
] as const;

const ZMetadata = z
  .object({ purchaseId: z.uuid(), organizationId: z.uuid() })
  .loose()
  .nullish()
  .catch(null);

const ZSession = z.object({
  id: z.string(),
  client_reference_id: z.string().nullish(),
  payment_status: z.string(),
  payment_intent: z.union([z.string(), z.object({ id: z.string() })]).nullish(),
  amount_total: z.number().int().nullish(),
  currency: z.string().nullish(),
  metadata: ZMetadata,
});

const ZCharge = z.object({
  id: z.string(),
  payment_intent: z.union([z.string(), z.object({ id: z.string() })]).nullish(),
  amount_refunded: z.number().int().default(0),
  receipt_url: z.string().nullish(),
  metadata: ZMetadata,
});

const ZEvent = z.object({
  id: z.string(),
  type: z.string(),
  created: z.number().int(),
  data: z.object({ object: z.unknown() }),
});

/** A signature dated further ahead than this is refused, like one more than five minutes old. */
const FUTURE_TOLERANCE_SECONDS = 5 * 60;

/** The signing time in a Stripe-Signature header ("t=1700000000,v1=…"), in seconds. */
function signedAt(signature: string): number | null {
  const match = /(?:^|,)\s*t=(\d{1,12})(?:,|$)/.exec(signature);
  return match ? Number(match[1]) : null;
}

export type WebhookOutcome = { status: number; body: { received: boolean; result?: string } };

const idOf = (v: string | { id: string } | null | undefined) =>
  typeof v === "string" ? v : (v?.id ?? null);

/**
 * The one entry for Stripe's events: verify the signature on the raw body (a wrong or stale
 * signature is refused), act only on the listed types, and bring the purchase to what the event
 * says. Returns the HTTP status and body for Stripe.
 */
export async function handleStripeWebhook(
  rawBody: string,
  signature: string | null,
): Promise<WebhookOutcome> {
  const mode = billingMode();
  const stripe = stripeClient(mode);
  let parsed: z.infer<typeof ZEvent>;
  try {
    if (!signature) throw new Error("missing Stripe-Signature header");
    // Stripe's library refuses a signature more than five minutes old, so a captured delivery
    // cannot be replayed later; one dated in the future is refused here, so none can be
    // prepared in advance either.
    const at = signedAt(signature);
    if (at !== null && at > Date.now() / 1000 + FUTURE_TOLERANCE_SECONDS) {
      throw new Error("signature dated in the future");
    }
    parsed = ZEvent.parse(stripe.webhooks.constructEvent(rawBody, signature, mode.webhookSecret));
  } catch (error) {
    console.warn("stripe webhook refused:", error instanceof Error ? error.message : error);
    return { status: 400, body: { received: false } };
  }
  if (!(HANDLED_EVENTS as readonly string[]).includes(parsed.type)) {
    return { status: 200, body: { received: true, result: "ignored" } };
  }
  const at = new Date(parsed.created * 1000);
  let purchase: PaymentEvent["purchase"] = null;
  let facts: PaymentFacts = {};

  if (parsed.type.startsWith("checkout.session.")) {
    const session = ZSession.parse(parsed.data.object);
    const meta = session.metadata;
    // The purchase's payer is also the session's client_reference_id; both must agree.
    if (meta && session.client_reference_id === meta.organizationId) {
      purchase = { organizationId: meta.organizationId, purchaseId: meta.purchaseId };
    }
    const paymentIntentId = idOf(session.payment_intent);
    facts = {
      paymentIntentId,
      amountTotal: session.amount_total ?? null,
      currency: session.currency ?? null,
    };
    if (parsed.type === "checkout.session.completed" && session.payment_status === "paid")
      facts.paidAt = at;
    if (parsed.type === "checkout.session.async_payment_succeeded") facts.paidAt = at;
    if (parsed.type === "checkout.session.async_payment_failed") facts.failedAt = at;
    if (parsed.type === "checkout.session.expired") facts.expiredAt = at;
  } else {
    const charge = ZCharge.parse(parsed.data.object);
    const paymentIntentId = idOf(charge.payment_intent);
    let meta = charge.metadata;
    // A charge may come without the payment's metadata; ask Stripe for the payment's own.
    if (!meta && paymentIntentId && mode.kind === "stripe") {
      const intent = await stripe.paymentIntents.retrieve(paymentIntentId);
      meta = ZMetadata.parse(intent.metadata);
    }
    if (meta) purchase = { organizationId: meta.organizationId, purchaseId: meta.purchaseId };
    facts = { paymentIntentId, receiptUrl: charge.receipt_url ?? null };
    if (parsed.type === "charge.refunded" && charge.amount_refunded > 0) facts.refundedAt = at;
  }

  const result = await applyPaymentEvent({
    id: parsed.id,
    type: parsed.type,
    createdAt: at,
    purchase,
    facts,
  });
  return { status: 200, body: { received: true, result } };
}
