"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import {
  expireTestCheckoutAction,
  payTestCheckoutAction,
  refundTestPurchaseAction,
  removeExpiredPurchaseAction,
} from "../actions";

export function TestCheckoutForm({
  orgSlug,
  sessionId,
  price,
  cancelHref,
}: {
  orgSlug: string;
  sessionId: string;
  price: string;
  cancelHref: string;
}) {
  const router = useRouter();
  const { run, pending, error } = useAction(payTestCheckoutAction);
  const [done, setDone] = useState(false);
  return (
    <div>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button
          size="lg"
          disabled={pending || done}
          onClick={() =>
            run({ orgSlug, sessionId }, ({ returnUrl }) => {
              setDone(true);
              router.push(returnUrl);
            })
          }
        >
          {pending || done ? "Processing…" : `Pay ${price} (test)`}
        </Button>
        <Button size="lg" variant="secondary" onClick={() => router.push(cancelHref)}>
          Cancel
        </Button>
      </div>
      {error ? (
        <p role="alert" className="mt-3 text-sm text-rose-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * One action on a purchase row: a quiet button that asks first when `confirm` is given, says
 * it is working, refreshes the page when done and shows the refusal under itself.
 */
function RowActionButton<I>({
  action,
  input,
  label,
  working,
  confirm,
}: {
  action: Parameters<typeof useAction<unknown>>[0];
  input: I;
  label: string;
  working: string;
  confirm?: string;
}) {
  const router = useRouter();
  const { run, pending, error } = useAction(action);
  return (
    <span className="flex flex-col items-end">
      <Button
        variant="ghost"
        disabled={pending}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          run(input, () => router.refresh());
        }}
      >
        {pending ? working : label}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-rose-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}

export function TestRefundButton({ orgSlug, purchaseId }: { orgSlug: string; purchaseId: string }) {
  return (
    <RowActionButton
      action={refundTestPurchaseAction}
      input={{ orgSlug, purchaseId }}
      label="Refund (test)"
      working="Refunding…"
      confirm="Refund this test purchase? Its Snapshot locks."
    />
  );
}

/** Test mode only: the checkout expires now, as a real one does when left for a day. */
export function TestExpireButton({ orgSlug, purchaseId }: { orgSlug: string; purchaseId: string }) {
  return (
    <RowActionButton
      action={expireTestCheckoutAction}
      input={{ orgSlug, purchaseId }}
      label="Let it expire (test)"
      working="Expiring…"
    />
  );
}

/** Remove a checkout that expired unpaid, with the locked Snapshot it left in the list. */
export function RemoveExpiredButton({
  orgSlug,
  snapshotId,
}: {
  orgSlug: string;
  snapshotId: string;
}) {
  return (
    <RowActionButton
      action={removeExpiredPurchaseAction}
      input={{ orgSlug, snapshotId }}
      label="Remove"
      working="Removing…"
      confirm="Remove this expired checkout? Nothing was charged for it."
    />
  );
}

/** While the payment is unconfirmed, look again every two seconds for a minute; the page only reads. */
export function RefreshWhilePending() {
  const router = useRouter();
  useEffect(() => {
    const timer = window.setInterval(() => router.refresh(), 2000);
    const stop = window.setTimeout(() => window.clearInterval(timer), 60_000);
    return () => {
      window.clearInterval(timer);
      window.clearTimeout(stop);
    };
  }, [router]);
  return null;
}
