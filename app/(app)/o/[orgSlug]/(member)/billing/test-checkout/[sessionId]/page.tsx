import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { orgPage } from "@/lib/auth/guard";
import { snapshotPriceUsd } from "@/lib/stripe/billing-mode";
import { formatUsd } from "@/lib/domain/billing/format-price";
import { getTestCheckout } from "@/lib/stripe/test-checkout";
import { isAppError } from "@/lib/errors";
import { TestCheckoutForm } from "../../_components/billing-controls";

export const metadata: Metadata = { title: "Checkout (test mode)" };

/** The local stand-in for Stripe Checkout; it does not exist when Stripe keys are configured. */
export default async function TestCheckoutPage({
  params,
}: PageProps<"/o/[orgSlug]/billing/test-checkout/[sessionId]">) {
  const { orgSlug, sessionId } = await params;
  const ctx = await orgPage(orgSlug, "billing", `/o/${orgSlug}/billing/test-checkout/${sessionId}`);
  if (!/^cs_test_local_[0-9a-f]{32}$/.test(sessionId)) notFound();
  const purchase = await getTestCheckout(ctx.organization.id, sessionId).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const price = formatUsd(snapshotPriceUsd());
  return (
    <div className="mx-auto max-w-lg">
      <div
        role="note"
        className="rounded-t-2xl border border-b-0 border-amber-300 bg-amber-100 px-5 py-3 text-center text-sm font-semibold text-amber-900"
      >
        TEST MODE · no real payment is taken
      </div>
      <div className="rounded-b-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <p className="text-muted text-sm">{ctx.organization.name} pays</p>
        <h1 className="text-ink mt-1 text-2xl font-bold tracking-tight">Revenue Chain Snapshot</h1>
        <p className="text-muted mt-2 text-sm">
          For {purchase.client?.name ?? ctx.organization.name}: the leadership assessment, pipeline
          checks and the written assessment.
        </p>
        <p className="text-ink mt-6 text-4xl font-bold tabular-nums">{price}</p>
        {purchase.status === "PENDING" ? (
          <div className="mt-8">
            <TestCheckoutForm
              orgSlug={ctx.organization.slug}
              sessionId={sessionId}
              price={price}
              cancelHref={`/o/${ctx.organization.slug}/billing?cancelled=1`}
            />
          </div>
        ) : (
          <p className="text-muted mt-8 text-sm">This checkout is already complete.</p>
        )}
        <p className="text-muted mt-6 text-xs">
          Paying here sends the same signed events Stripe would to this app&apos;s webhook, so the
          purchase is recorded exactly as a real one.
        </p>
      </div>
    </div>
  );
}
