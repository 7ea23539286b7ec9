"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { snapshotPriceUsd } from "@/lib/stripe/billing-mode";
import {
  expireTestCheckout,
  payTestCheckout,
  refundTestPurchase,
} from "@/lib/stripe/test-checkout";
import { removeOwnExpiredPurchase } from "@/lib/services/billing/purchases";
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

/** Test mode only: the checkout expires now, as Stripe's would after a day. */
const expire = orgAction(
  "billing.expire-test-checkout",
  "billing",
  ZOrg.extend({ purchaseId: z.uuid() }),
  async (ctx, input) => {
    await expireTestCheckout({
      payerId: ctx.organization.id,
      purchaseId: input.purchaseId,
      baseUrl: appBaseUrl(),
    });
    revalidatePath(`/o/${ctx.organization.slug}/billing`);
  },
);

/** The buyer removes a checkout that expired unpaid, and the locked Snapshot it made. */
const removeExpired = orgAction(
  "billing.remove-expired-purchase",
  "billing",
  ZOrg.extend({ snapshotId: z.uuid("That Snapshot was not found.") }),
  async (ctx, input) => {
    await removeOwnExpiredPurchase(ctx, input.snapshotId);
    revalidatePath(`/o/${ctx.organization.slug}/billing`);
    revalidatePath(`/o/${ctx.organization.slug}/snapshots`);
  },
);

export async function payTestCheckoutAction(input: unknown) {
  return pay(input);
}
export async function refundTestPurchaseAction(input: unknown) {
  return refund(input);
}
export async function expireTestCheckoutAction(input: unknown) {
  return expire(input);
}
export async function removeExpiredPurchaseAction(input: unknown) {
  return removeExpired(input);
}
