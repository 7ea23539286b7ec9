import { handleStripeWebhook } from "@/lib/services/billing/handle-stripe-webhook";

// The signature covers the exact bytes Stripe sent, so the body is read raw, never parsed first.
export async function POST(request: Request) {
  const outcome = await handleStripeWebhook(
    await request.text(),
    request.headers.get("stripe-signature"),
  );
  return Response.json(outcome.body, { status: outcome.status });
}
