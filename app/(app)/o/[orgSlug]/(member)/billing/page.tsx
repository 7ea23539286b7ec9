import type { Metadata } from "next";
import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/guard";
import { billingMode } from "@/lib/stripe/billing-mode";
import { formatMinorAmount } from "@/lib/domain/billing/format-price";
import { listOwnPurchases, type PurchaseView } from "@/lib/services/billing/purchases";
import {
  RemoveExpiredButton,
  TestExpireButton,
  TestRefundButton,
} from "./_components/billing-controls";

export const metadata: Metadata = { title: "Billing" };

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

const STATUS: Record<PurchaseView["status"], { label: string; tone: BadgeTone }> = {
  PENDING: { label: "Awaiting payment", tone: "watch" },
  PAID: { label: "Paid", tone: "good" },
  REFUNDED: { label: "Refunded", tone: "broken" },
  EXPIRED: { label: "Checkout expired", tone: "neutral" },
  FAILED: { label: "Payment failed", tone: "neutral" },
};

export default async function BillingPage({
  params,
  searchParams,
}: PageProps<"/o/[orgSlug]/billing">) {
  const { orgSlug } = await params;
  const ctx = await orgPage(orgSlug, "billing", `/o/${orgSlug}/billing`);
  const { cancelled } = await searchParams;
  const purchases = await listOwnPurchases(ctx);
  const testMode = billingMode().kind === "test";
  return (
    <>
      <h1 className="text-ink text-2xl font-bold tracking-tight">Billing</h1>
      <p className="text-muted mt-2 max-w-2xl">
        Every Snapshot {ctx.organization.name} has bought, for itself or for a client, with its
        receipt.
      </p>
      {cancelled ? (
        <p role="status" className="mt-4 rounded-lg bg-slate-100 px-3 py-2 text-sm text-slate-700">
          Checkout cancelled. Nothing was charged.
        </p>
      ) : null}
      {testMode ? (
        <p className="mt-4 rounded-lg bg-amber-50 px-3 py-2 text-sm font-medium text-amber-800">
          Test mode: Stripe is not configured. Purchases here are simulated and nothing is charged.
        </p>
      ) : null}
      <Card className="mt-6">
        <CardTitle>Purchase history</CardTitle>
        {purchases.length === 0 ? (
          <p className="text-muted mt-3 text-sm">
            No purchases yet. Buy a Snapshot from the{" "}
            <Link
              href={`/o/${ctx.organization.slug}/snapshots`}
              className="text-brand-700 underline"
            >
              Snapshots
            </Link>{" "}
            page.
          </p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200" data-testid="purchases">
            {purchases.map((p) => (
              <li
                key={p.id}
                className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3"
              >
                <span className="min-w-0">
                  {p.client ? (
                    <Link
                      href={`/o/${p.client.slug}/snapshots/${p.snapshotId}`}
                      className="text-brand-700 font-medium hover:underline"
                    >
                      Snapshot for {p.client.name}
                    </Link>
                  ) : (
                    <span className="text-ink font-medium">Snapshot</span>
                  )}
                  <span className="text-muted block text-sm">
                    {dateFormat.format(p.paidAt ?? p.createdAt)}
                    {p.testMode ? " · test mode" : ""}
                  </span>
                </span>
                <span className="flex flex-wrap items-center gap-3">
                  <span className="text-ink text-sm font-semibold tabular-nums">
                    {formatMinorAmount(p.amountTotal, p.currency)}
                  </span>
                  <Badge tone={STATUS[p.status].tone}>{STATUS[p.status].label}</Badge>
                  {p.receiptUrl && p.status !== "PENDING" ? (
                    <a
                      href={p.receiptUrl}
                      className="text-brand-700 text-sm font-medium hover:underline"
                      {...(p.testMode ? {} : { target: "_blank", rel: "noreferrer" })}
                    >
                      Receipt
                    </a>
                  ) : null}
                  {testMode && p.testMode && p.status === "PENDING" ? (
                    <TestExpireButton orgSlug={ctx.organization.slug} purchaseId={p.id} />
                  ) : null}
                  {p.status === "EXPIRED" ? (
                    <RemoveExpiredButton
                      orgSlug={ctx.organization.slug}
                      snapshotId={p.snapshotId}
                    />
                  ) : null}
                  {testMode && p.testMode && p.status === "PAID" ? (
                    <TestRefundButton orgSlug={ctx.organization.slug} purchaseId={p.id} />
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
