"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { buySnapshotAction } from "../actions";

/**
 * Start the checkout. A consultancy picks the client first. The browser then leaves for the
 * checkout page (Stripe's, or the local test checkout).
 */
export function BuySnapshot({
  orgSlug,
  clients,
  price,
}: {
  orgSlug: string;
  /** Set for a consultancy: its clients with an active engagement. */
  clients: { slug: string; name: string }[] | null;
  price: string;
}) {
  const { run, pending, error } = useAction(buySnapshotAction);
  const [clientSlug, setClientSlug] = useState(clients?.[0]?.slug ?? "");
  const [leaving, setLeaving] = useState(false);
  const noClients = clients !== null && clients.length === 0;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        run({ orgSlug, ...(clients ? { clientSlug } : {}) }, ({ url }) => {
          setLeaving(true);
          window.location.assign(url);
        });
      }}
      className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-end"
    >
      {clients ? (
        <div className="sm:w-72">
          <label htmlFor="buy-client" className="text-ink text-sm font-medium">
            For client
          </label>
          <select
            id="buy-client"
            className={inputClasses}
            value={clientSlug}
            onChange={(event) => setClientSlug(event.target.value)}
            disabled={noClients}
          >
            {clients.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <Button type="submit" disabled={pending || leaving || noClients}>
        {pending || leaving ? "Opening checkout…" : `Buy a Snapshot · ${price}`}
      </Button>
      {noClients ? (
        <p className="text-muted text-sm">Add a client on the Clients page first.</p>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-rose-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
