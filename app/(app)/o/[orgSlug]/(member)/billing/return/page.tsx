import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/guard";
import { getPurchaseForCheckout } from "@/lib/services/billing/purchases";
import { isAppError } from "@/lib/errors";
import { RefreshWhilePending } from "../_components/billing-controls";

export const metadata: Metadata = { title: "Payment" };

/** Where checkout returns to. It only reads the purchase; the webhook is what records payment. */
export default async function CheckoutReturnPage({
  params,
  searchParams,
}: PageProps<"/o/[orgSlug]/billing/return">) {
  const { orgSlug } = await params;
  const ctx = await orgPage(orgSlug, "billing", `/o/${orgSlug}/billing`);
  const { session_id: sessionId } = await searchParams;
  if (typeof sessionId !== "string" || !/^cs_[A-Za-z0-9_]{1,200}$/.test(sessionId)) notFound();
  const purchase = await getPurchaseForCheckout(ctx, sessionId).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  // The Snapshot lives with the company it is about: this organization, or the client a
  // consultancy bought it for (opened through the engagement).
  const snapshotHref = purchase.client
    ? `/o/${purchase.client.slug}/snapshots/${purchase.snapshotId}`
    : `/o/${ctx.organization.slug}/billing`;
  return (
    <div className="mx-auto max-w-xl">
      <Card>
        {purchase.status === "PAID" ? (
          <>
            <p className="text-sm font-semibold text-emerald-700">Payment received</p>
            <h1 className="text-ink mt-1 text-2xl font-bold tracking-tight">
              The Snapshot is open
            </h1>
            <p className="text-muted mt-3">
              Invite the leaders who will answer: at least the CEO, the head of marketing and the
              head of sales.
            </p>
            <div className="mt-6">
              <ButtonLink href={snapshotHref}>Open the Snapshot</ButtonLink>
            </div>
          </>
        ) : purchase.status === "PENDING" ? (
          <>
            <RefreshWhilePending />
            <p className="text-sm font-semibold text-amber-700">Waiting for confirmation</p>
            <h1 className="text-ink mt-1 text-2xl font-bold tracking-tight">
              Confirming your payment…
            </h1>
            <p className="text-muted mt-3" role="status">
              Stripe has not confirmed the payment yet. This page checks again by itself; some
              payment methods take a few minutes.
            </p>
          </>
        ) : (
          <>
            <h1 className="text-ink text-2xl font-bold tracking-tight">
              {purchase.status === "REFUNDED"
                ? "This purchase was refunded"
                : "The payment did not go through"}
            </h1>
            <p className="text-muted mt-3">
              Nothing further is charged. You can start a new purchase.
            </p>
            <div className="mt-6">
              <ButtonLink href={`/o/${ctx.organization.slug}/billing`} variant="secondary">
                Billing
              </ButtonLink>
            </div>
          </>
        )}
      </Card>
    </div>
  );
}
