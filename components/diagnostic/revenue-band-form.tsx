"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { REVENUE_BAND_OPTIONS } from "@/lib/domain/diagnostic/context-options";

/**
 * The one field a result taken without a revenue band needs to be priced. It stores the band
 * with the result (by its private link) and re-renders the page in place: no retake.
 */
export function RevenueBandForm({ token }: { token: string }) {
  const router = useRouter();
  const [band, setBand] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const pending = sending || refreshing;

  async function submit() {
    if (!band) {
      setError("Choose your company's revenue band first.");
      return;
    }
    setError(null);
    setSending(true);
    try {
      const response = await fetch(
        `/api/diagnostic/results/${encodeURIComponent(token)}/revenue-band`,
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ revenueBand: band }),
        },
      );
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        setError(body?.error ?? "The revenue band was not saved. Try again in a moment.");
        return;
      }
      startRefresh(() => router.refresh());
    } catch {
      setError("The revenue band was not saved: the connection failed. Try again.");
    } finally {
      setSending(false);
    }
  }

  return (
    <form
      className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-end"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="sm:w-72">
        <label htmlFor="reprice-revenue-band" className="text-ink text-sm font-medium">
          Company revenue
        </label>
        <select
          id="reprice-revenue-band"
          name="revenueBand"
          value={band}
          onChange={(event) => setBand(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "reprice-revenue-band-error" : undefined}
          className={inputClasses}
        >
          <option value="">Choose a band</option>
          {REVENUE_BAND_OPTIONS.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? "Pricing…" : "Price the leak"}
      </Button>
      {error ? (
        <p
          id="reprice-revenue-band-error"
          role="alert"
          className="text-sm text-rose-700 sm:self-center"
        >
          {error}
        </p>
      ) : null}
    </form>
  );
}
