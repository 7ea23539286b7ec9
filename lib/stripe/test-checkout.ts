import { randomBytes } from "node:crypto";
import { getPurchase } from "@/lib/data/snapshot/get-purchase";
import { getPurchaseBySession } from "@/lib/data/snapshot/get-purchase-by-session";
import { AppError } from "@/lib/errors";
import { billingMode } from "@/lib/stripe/billing-mode";
import { stripeClient } from "@/lib/stripe/stripe-client";

const hex = (bytes: number) => randomBytes(bytes).toString("hex");

/**
 * Send an event as Stripe would: signed with the webhook secret and posted to the app's own
 * webhook route, so test-mode payments go through exactly the code real ones do.
 */
async function deliver(baseUrl: string, type: string, object: Record<string, unknown>) {
  const mode = billingMode();
  const payload = JSON.stringify({
    id: `evt_test_local_${hex(12)}`,
    object: "event",
    type,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    data: { object },
  });
  const signature = stripeClient(mode).webhooks.generateTestHeaderString({
    payload,
    secret: mode.webhookSecret,
  });
  const response = await fetch(`${baseUrl}/api/stripe/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": signature },
    body: payload,
  });
  if (!response.ok) throw new Error(`the webhook answered ${response.status} to ${type}`);
}

function requireTestMode() {
  // The local checkout does not exist once real Stripe keys are configured.
  if (billingMode().kind !== "test") throw new AppError("NOT_FOUND", "That page was not found.");
}

type Purchase = Awaited<ReturnType<typeof getPurchase>>;

const metadataOf = (payerId: string, p: Purchase) => ({
  purchaseId: p.id,
  organizationId: payerId,
  clientOrganizationId: p.clientOrganizationId,
  snapshotId: p.snapshotId,
});

/** The test-mode checkout page's data; NOT_FOUND when Stripe keys are set. */
export async function getTestCheckout(payerId: string, sessionId: string) {
  requireTestMode();
  const found = await getPurchaseBySession(payerId, sessionId);
  return getPurchase(payerId, found.id);
}

/** "Pay" on the test checkout: the completed session and its charge, as Stripe would send them. */
export async function payTestCheckout(options: {
  payer: { id: string; slug: string };
  sessionId: string;
  amountTotal: number;
  baseUrl: string;
}) {
  const purchase = await getTestCheckout(options.payer.id, options.sessionId);
  if (purchase.status !== "PENDING") return purchase;
  const metadata = metadataOf(options.payer.id, purchase);
  const paymentIntent = `pi_test_local_${hex(12)}`;
  await deliver(options.baseUrl, "checkout.session.completed", {
    id: options.sessionId,
    object: "checkout.session",
    client_reference_id: options.payer.id,
    payment_status: "paid",
    payment_intent: paymentIntent,
    amount_total: options.amountTotal,
    currency: "usd",
    metadata,
  });
  await deliver(options.baseUrl, "charge.succeeded", {
    id: `ch_test_local_${hex(12)}`,
    object: "charge",
    payment_intent: paymentIntent,
    amount_refunded: 0,
    receipt_url: `${options.baseUrl}/o/${options.payer.slug}/billing/receipts/${purchase.id}`,
    metadata,
  });
  return purchase;
}

/** A full refund of a test-mode purchase, as Stripe reports one: the Snapshot locks. */
export async function refundTestPurchase(options: {
  payerId: string;
  purchaseId: string;
  baseUrl: string;
}) {
  requireTestMode();
  const purchase = await getPurchase(options.payerId, options.purchaseId);
  if (purchase.status !== "PAID" || !purchase.amountTotal)
    throw new AppError("CONFLICT", "Only a paid purchase can be refunded.");
  await deliver(options.baseUrl, "charge.refunded", {
    id: `ch_test_local_${hex(12)}`,
    object: "charge",
    amount_refunded: purchase.amountTotal,
    metadata: metadataOf(options.payerId, purchase),
  });
}

/**
 * Let a test-mode checkout expire now, as Stripe does after a day or when its expire call is
 * made: the same signed event reaches the webhook.
 */
export async function expireTestCheckout(options: {
  payerId: string;
  purchaseId: string;
  baseUrl: string;
}) {
  requireTestMode();
  const purchase = await getPurchase(options.payerId, options.purchaseId);
  if (purchase.status !== "PENDING" || !purchase.checkoutSessionId)
    throw new AppError("CONFLICT", "Only a checkout awaiting payment can expire.");
  await deliver(options.baseUrl, "checkout.session.expired", {
    id: purchase.checkoutSessionId,
    object: "checkout.session",
    client_reference_id: options.payerId,
    payment_status: "unpaid",
    status: "expired",
    metadata: metadataOf(options.payerId, purchase),
  });
}
