"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { snapshotPriceUsd } from "@/lib/stripe/billing-mode";
import { payTestCheckout, refundTestPurchase } from "@/lib/stripe/test-checkout";
import { orgAction } from "@/lib/auth/guard";
import { appBaseUrl } from "@/lib/http/base-url";

const ZOrg = z.object({ orgSlug: z.string() });

/** Test mode only: "pay" on the local checkout page. Absent (not found) when Stripe is set up. */
const pay = orgAction(
  "billing.pay-test-checkout",
  "billing",
  ZOrg.extend({ sessionId: z.string().regex(/^cs_test_local_[0-9a-f]{32}$/) }),
  async (ctx, input) => {
    await payTestCheckout({
      payer: { id: ctx.organization.id, slug: ctx.organization.slug },
      sessionId: input.sessionId,
      amountTotal: snapshotPriceUsd() * 100,
      baseUrl: appBaseUrl(),
    });
    return {
      returnUrl: `/o/${ctx.organization.slug}/billing/return?session_id=${input.sessionId}`,
    };
  },
);

/** Test mode only: a full refund, as Stripe would report it. */
const refund = orgAction(
  "billing.refund-test-purchase",
  "billing",
  ZOrg.extend({ purchaseId: z.uuid() }),
  async (ctx, input) => {
    await refundTestPurchase({
      payerId: ctx.organization.id,
      purchaseId: input.purchaseId,
      baseUrl: appBaseUrl(),
    });
    revalidatePath(`/o/${ctx.organization.slug}/billing`);
  },
);

export async function payTestCheckoutAction(input: unknown) {
  return pay(input);
}
export async function refundTestPurchaseAction(input: unknown) {
  return refund(input);
}
