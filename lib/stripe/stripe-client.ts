import Stripe from "stripe";
import type { BillingMode } from "@/lib/stripe/billing-mode";

const clients = new Map<string, Stripe>();

/**
 * The Stripe client for a billing mode. In test mode it is only used offline (signing and
 * verifying webhook payloads), so its key is a placeholder that never reaches Stripe.
 * STRIPE_API_BASE points it at another server speaking Stripe's API (a local one in tests).
 */
export function stripeClient(mode: BillingMode): Stripe {
  const key = mode.kind === "stripe" ? mode.secretKey : "sk_test_local_only";
  const cacheKey = `${key}|${mode.apiBase ?? ""}`;
  let client = clients.get(cacheKey);
  if (!client) {
    const base = mode.apiBase ? new URL(mode.apiBase) : null;
    client = new Stripe(key, {
      maxNetworkRetries: 2,
      telemetry: false,
      ...(base && {
        host: base.hostname,
        port: base.port || (base.protocol === "https:" ? 443 : 80),
        protocol: base.protocol === "https:" ? "https" : "http",
      }),
    });
    clients.set(cacheKey, client);
  }
  return client;
}
