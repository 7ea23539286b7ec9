import { errorResponse } from "@/lib/http/error-response";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import { handleStripeWebhook } from "@/lib/services/billing/handle-stripe-webhook";

/** Stripe's events are a few kilobytes; nothing near this is a real one. */
const WEBHOOK_BODY_LIMIT = 1024 * 1024;

// The signature covers the exact bytes Stripe sent, so the body is read raw, never parsed first.
// Stripe calls from its servers with a signature instead of cookies: no origin check applies.
export async function POST(request: Request) {
  try {
    const body = await readLimitedBody(request, WEBHOOK_BODY_LIMIT);
    const outcome = await handleStripeWebhook(
      new TextDecoder().decode(body),
      request.headers.get("stripe-signature"),
    );
    return Response.json(outcome.body, { status: outcome.status });
  } catch (error) {
    const response = errorResponse(error);
    if (response) return response;
    throw error;
  }
}
