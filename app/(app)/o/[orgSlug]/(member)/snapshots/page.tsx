import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { SnapshotStatusBadge } from "@/components/snapshot/snapshot-status";
import { Card, CardTitle } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/guard";
import { billingMode, snapshotPriceUsd } from "@/lib/stripe/billing-mode";
import { formatUsd } from "@/lib/domain/billing/format-price";
import { FRACTURE_INFO } from "@/lib/domain/diagnostic";
import { DIAGNOSTIC_REFERENCE_COOKIE } from "@/lib/http/diagnostic-reference-cookie";
import { diagnosticAttachmentNotice } from "@/lib/services/snapshot/diagnostic-attachment";
import { loadSnapshotList } from "@/lib/services/snapshot/load-snapshots";
import { RemoveExpiredButton } from "../billing/_components/billing-controls";
import { BuySnapshot } from "./_components/buy-snapshot";
import { DiagnosticNotice } from "./_components/diagnostic-notice";

export const metadata: Metadata = { title: "Snapshots" };

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

export default async function SnapshotsPage({ params }: PageProps<"/o/[orgSlug]/snapshots">) {
  const { orgSlug } = await params;
  const ctx = await orgPage(orgSlug, "snapshots:read", `/o/${orgSlug}/snapshots`);
  const consultancy = ctx.organization.kind === "CONSULTANCY";
  const { snapshots, clients, mayBuy } = await loadSnapshotList(ctx);
  const brought = await diagnosticAttachmentNotice(
    ctx,
    (await cookies()).get(DIAGNOSTIC_REFERENCE_COOKIE)?.value,
  );
  const base = `/o/${ctx.organization.slug}/snapshots`;

  return (
    <>
      <h1 className="text-ink text-2xl font-bold tracking-tight">Snapshots</h1>
      <p className="text-muted mt-2 max-w-2xl">
        A Snapshot goes deeper than the free diagnostic. The company&apos;s leaders each answer
        forty questions with the evidence behind them, the pipeline data is checked against what
        they claim, and a consultant writes it up as an assessment the CEO takes into the next
        leadership meeting, on the web and as a PDF.
      </p>

      {mayBuy ? (
        <Card className="mt-6">
          <CardTitle>{consultancy ? "Buy a Snapshot for a client" : "Buy a Snapshot"}</CardTitle>
          <ul className="text-muted mt-3 grid gap-1.5 text-sm sm:grid-cols-2">
            <li>· Private answering links for the CEO, marketing, sales and others</li>
            <li>· Where the leaders disagree, fracture by fracture</li>
            <li>· What they claim, checked against the imported pipeline</li>
            <li>· Each fracture priced in revenue per quarter</li>
            <li>· A written assessment with a 90-day repair plan</li>
            <li>· Versions, a share link for the leadership team, and a PDF</li>
          </ul>
          {brought ? (
            <DiagnosticNotice
              orgSlug={ctx.organization.slug}
              notice={
                brought.status === "ready"
                  ? {
                      status: "ready",
                      takenOn: longDate.format(brought.takenAt),
                      named: brought.primary ? FRACTURE_INFO[brought.primary].name : null,
                    }
                  : brought
              }
            />
          ) : null}
          <BuySnapshot
            orgSlug={ctx.organization.slug}
            clients={clients}
            price={formatUsd(snapshotPriceUsd())}
          />
          {billingMode().kind === "test" ? (
            <p className="mt-3 text-xs font-medium text-amber-800">
              Test mode: Stripe is not configured, so checkout is simulated and nothing is charged.
            </p>
          ) : null}
        </Card>
      ) : null}

      <Card className="mt-6">
        <CardTitle>{consultancy ? "This consultancy's own Snapshots" : "Your Snapshots"}</CardTitle>
        {snapshots.length === 0 ? (
          <p className="text-muted mt-3 text-sm">
            {consultancy
              ? "Snapshots bought for a client appear on that client's Snapshots page; open it from Clients."
              : mayBuy
                ? "None yet. Buy one above; it opens for answers as soon as the payment goes through."
                : "None yet. An owner of the organization can buy one."}
          </p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200">
            {snapshots.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <span className="min-w-0">
                  <Link href={`${base}/${s.id}`} className="text-ink font-medium hover:underline">
                    Snapshot of {dateFormat.format(s.createdAt)}
                  </Link>
                  <span className="text-muted block text-sm">
                    {s.submitted} of {s.invited} leaders answered
                    {s.latestVersion ? ` · version ${s.latestVersion.number} published` : ""}
                    {s.purchasedBy ? ` · bought by ${s.purchasedBy}` : ""}
                  </span>
                </span>
                <span className="flex items-center gap-2">
                  <SnapshotStatusBadge
                    unlocked={s.unlocked}
                    paymentStatus={s.paymentStatus}
                    closed={s.closed}
                    published={s.latestVersion !== null}
                  />
                  {/* Only the buyer may remove it: a company for itself here, a consultancy on Billing. */}
                  {mayBuy && !s.purchasedBy && !s.unlocked && s.paymentStatus === "EXPIRED" ? (
                    <RemoveExpiredButton orgSlug={ctx.organization.slug} snapshotId={s.id} />
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
