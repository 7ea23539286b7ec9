import { randomBytes } from "node:crypto";
import { createSnapshotPurchase } from "@/lib/data/snapshot/create-snapshot-purchase";
import { markPurchaseFailed } from "@/lib/data/snapshot/mark-purchase-failed";
import { setCheckoutSession } from "@/lib/data/snapshot/set-checkout-session";
import type { AuditActor } from "@/lib/data/audit/record-audit-event";
import type { AttachedDiagnostic } from "@/lib/domain/snapshot";
import { AppError } from "@/lib/errors";
import { billingMode } from "@/lib/stripe/billing-mode";
import { stripeClient } from "@/lib/stripe/stripe-client";

export type StartCheckoutInput = {
  payer: { id: string; slug: string };
  clientOrganizationId: string;
  actor: AuditActor;
  /** The app's public origin, for the pages Checkout returns to. */
  baseUrl: string;
  /** The free diagnostic the buyer brought, copied onto the new Snapshot. */
  diagnostic?: { assessmentId: string; facts: AttachedDiagnostic };
};

/**
 * Start paying for a Snapshot: a purchase and its locked Snapshot are stored first, then a
 * Checkout Session is created for them (with Stripe, or the local test checkout). Returns the
 * address to send the buyer to. The session request carries an idempotency key, so a retried
 * request cannot create a second session for the same purchase.
 */
export async function startSnapshotCheckout(input: StartCheckoutInput): Promise<{ url: string }> {
  const mode = billingMode();
  const { purchaseId, snapshotId } = await createSnapshotPurchase({
    payerId: input.payer.id,
    clientOrganizationId: input.clientOrganizationId,
    actor: input.actor,
    testMode: mode.kind === "test",
    diagnostic: input.diagnostic,
  });
  const billing = `${input.baseUrl}/o/${input.payer.slug}/billing`;

  if (mode.kind === "test") {
    const sessionId = `cs_test_local_${randomBytes(16).toString("hex")}`;
    await setCheckoutSession(input.payer.id, purchaseId, sessionId);
    return { url: `${billing}/test-checkout/${sessionId}` };
  }

  const metadata = {
    purchaseId,
    organizationId: input.payer.id,
    clientOrganizationId: input.clientOrganizationId,
    snapshotId,
  };
  try {
    const session = await stripeClient(mode).checkout.sessions.create(
      {
        mode: "payment",
        line_items: [{ price: mode.priceId, quantity: 1 }],
        client_reference_id: input.payer.id,
        customer_email: input.actor.email,
        metadata,
        // The payment and its charges carry the purchase too, so a refund finds it.
        payment_intent_data: { metadata },
        success_url: `${billing}/return?session_id={CHECKOUT_SESSION_ID}`,
        cancel_url: `${billing}?cancelled=1`,
      },
      { idempotencyKey: `snapshot-checkout-${purchaseId}` },
    );
    if (!session.url) throw new Error("Stripe returned a Checkout Session without a URL.");
    await setCheckoutSession(input.payer.id, purchaseId, session.id);
    return { url: session.url };
  } catch (error) {
    console.error("stripe checkout failed", purchaseId, error);
    await markPurchaseFailed(input.payer.id, purchaseId);
    throw new AppError(
      "CONFLICT",
      "Stripe did not open a checkout just now. Nothing was charged; try again in a minute.",
    );
  }
}
