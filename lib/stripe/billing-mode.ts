import { createHmac } from "node:crypto";
import { env } from "@/lib/env";

/**
 * How the app takes payment. With Stripe keys, real Checkout and Stripe's webhooks. Without them
 * (development, tests, demos), a local test-mode checkout that signs its events with a secret of
 * its own and posts them to the same webhook route, so the same code records every payment.
 */
export type BillingMode =
  | {
      kind: "stripe";
      secretKey: string;
      webhookSecret: string;
      priceId: string;
      apiBase?: string;
    }
  | { kind: "test"; webhookSecret: string; apiBase?: string };

export function billingMode(): BillingMode {
  const e = env();
  if (e.STRIPE_SECRET_KEY && e.STRIPE_WEBHOOK_SECRET && e.STRIPE_PRICE_SNAPSHOT) {
    return {
      kind: "stripe",
      secretKey: e.STRIPE_SECRET_KEY,
      webhookSecret: e.STRIPE_WEBHOOK_SECRET,
      priceId: e.STRIPE_PRICE_SNAPSHOT,
      apiBase: e.STRIPE_API_BASE,
    };
  }
  // Derived from AUTH_SECRET, so it is secret too and stable across restarts.
  const derived = createHmac("sha256", e.AUTH_SECRET).update("stripe-test-webhook").digest("hex");
  return { kind: "test", webhookSecret: e.STRIPE_WEBHOOK_SECRET ?? `whsec_${derived}` };
}

/** The Snapshot's price as shown before checkout, in US dollars. */
export function snapshotPriceUsd(): number {
  return env().SNAPSHOT_PRICE_USD;
}
