import { randomBytes } from "node:crypto";
import { createSnapshotPurchase } from "@/lib/data/snapshot/create-snapshot-purchase";
import { findResumablePurchase } from "@/lib/data/snapshot/find-resumable-purchase";
import { recordCheckoutResumed } from "@/lib/data/snapshot/record-checkout-resumed";
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

type Mode = ReturnType<typeof billingMode>;

/**
 * The address of a checkout the buyer started for the same company and left unpaid, when it can
 * still be paid; null otherwise. Stripe's session is asked: only an "open" one can be completed
 * (an expired or complete session never reopens, so a new purchase starts and the expired one
 * is labelled when Stripe's event arrives). The local test checkout stays open until paid or
 * expired by hand.
 */
async function resumableCheckout(input: StartCheckoutInput, mode: Mode, billing: string) {
  const open = await findResumablePurchase({
    payerId: input.payer.id,
    clientOrganizationId: input.clientOrganizationId,
    testMode: mode.kind === "test",
    diagnosticAssessmentId: input.diagnostic?.assessmentId ?? null,
  });
  if (!open?.checkoutSessionId) return null;
  let url: string | null = null;
  if (mode.kind === "test") url = `${billing}/test-checkout/${open.checkoutSessionId}`;
  else {
    try {
      const session = await stripeClient(mode).checkout.sessions.retrieve(open.checkoutSessionId);
      if (session.status === "open" && session.url) url = session.url;
    } catch (error) {
      // Stripe cannot say: a fresh purchase is the safe way on.
      console.error("stripe checkout lookup failed", open.id, error);
    }
  }
  if (!url) return null;
  await recordCheckoutResumed({
    payerId: input.payer.id,
    purchaseId: open.id,
    checkoutSessionId: open.checkoutSessionId,
    actor: input.actor,
  });
  return { url };
}

/**
 * Start paying for a Snapshot. A checkout the buyer left unpaid for the same company is resumed
 * (same purchase, same Snapshot, same session) while it can still be paid. Otherwise a purchase
 * and its locked Snapshot are stored first, then a Checkout Session is created for them (with
 * Stripe, or the local test checkout). Returns the address to send the buyer to. The session
 * request carries an idempotency key, so a retried request cannot create a second session for
 * the same purchase.
 */
export async function startSnapshotCheckout(input: StartCheckoutInput): Promise<{ url: string }> {
  const mode = billingMode();
  const billing = `${input.baseUrl}/o/${input.payer.slug}/billing`;
  const resumed = await resumableCheckout(input, mode, billing);
  if (resumed) return resumed;

  const { purchaseId, snapshotId } = await createSnapshotPurchase({
    payerId: input.payer.id,
    clientOrganizationId: input.clientOrganizationId,
    actor: input.actor,
    testMode: mode.kind === "test",
    diagnostic: input.diagnostic,
  });

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
