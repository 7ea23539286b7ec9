import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/guard";
import { formatMinorAmount } from "@/lib/domain/billing/format-price";
import { getOwnPurchase } from "@/lib/services/billing/purchases";
import { isAppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Receipt" };

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** The receipt of a test-mode purchase (real purchases link to Stripe's own receipt). */
export default async function ReceiptPage({
  params,
}: PageProps<"/o/[orgSlug]/billing/receipts/[purchaseId]">) {
  const { orgSlug, purchaseId } = await params;
  const ctx = await orgPage(orgSlug, "billing", `/o/${orgSlug}/billing/receipts/${purchaseId}`);
  if (!/^[0-9a-f-]{36}$/.test(purchaseId)) notFound();
  const purchase = await getOwnPurchase(ctx, purchaseId).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (!purchase.paidAt) notFound();
  return (
    <div className="mx-auto max-w-lg">
      <Card>
        {purchase.testMode ? (
          <p className="text-xs font-semibold tracking-wide text-amber-800 uppercase">
            Test mode receipt · nothing was charged
          </p>
        ) : null}
        <h1 className="text-ink mt-2 text-2xl font-bold tracking-tight">Receipt</h1>
        <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-3 text-sm">
          <dt className="text-muted">Billed to</dt>
          <dd className="text-ink">{ctx.organization.name}</dd>
          <dt className="text-muted">Item</dt>
          <dd className="text-ink">Revenue Chain Snapshot for {purchase.client?.name}</dd>
          <dt className="text-muted">Paid</dt>
          <dd className="text-ink">{dateFormat.format(purchase.paidAt)}</dd>
          <dt className="text-muted">Amount</dt>
          <dd className="text-ink font-semibold tabular-nums">
            {formatMinorAmount(purchase.amountTotal, purchase.currency)}
          </dd>
          {purchase.refundedAt ? (
            <>
              <dt className="text-muted">Refunded</dt>
              <dd className="text-ink">{dateFormat.format(purchase.refundedAt)}</dd>
            </>
          ) : null}
          <dt className="text-muted">Reference</dt>
          <dd className="text-ink font-mono text-xs break-all">{purchase.id}</dd>
        </dl>
      </Card>
    </div>
  );
}
