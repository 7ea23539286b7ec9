"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { setRevenueTargetAction } from "../actions";

const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/**
 * Set the revenue target of a period, for the coverage ratio. It opens on the period the coverage
 * figure uses, holding that period's saved amount: an empty field with a sample figure in it read
 * as the saved target.
 */
export function TargetForm({
  orgSlug,
  periodStart,
  periodEnd,
  savedAmount,
  currency,
}: {
  orgSlug: string;
  periodStart: string;
  periodEnd: string;
  /** The target saved for this period, if any. */
  savedAmount?: number;
  currency: string;
}) {
  const { run, pending, error, fieldErrors } = useAction(setRevenueTargetAction);
  const [start, setStart] = useState(periodStart);
  const [end, setEnd] = useState(periodEnd);
  const [amount, setAmount] = useState(savedAmount === undefined ? "" : whole.format(savedAmount));
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        run({ orgSlug, periodStart: start, periodEnd: end, amount });
      }}
      className="mt-4 grid gap-3 sm:grid-cols-3 sm:items-start print:hidden"
    >
      <Field
        label="Period starts"
        type="date"
        value={start}
        onChange={(e) => setStart(e.target.value)}
        error={fieldErrors.periodStart}
      />
      <Field
        label="Period ends"
        type="date"
        value={end}
        onChange={(e) => setEnd(e.target.value)}
        error={fieldErrors.periodEnd}
      />
      <Field
        label={`Revenue target (${currency})`}
        inputMode="decimal"
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        error={fieldErrors.amount}
        hint={savedAmount === undefined ? "No target saved for this period yet." : undefined}
        data-testid="target-amount"
      />
      <div className="flex items-center justify-end gap-3 sm:col-span-3">
        {error ? (
          <p role="alert" className="text-sm text-rose-700">
            {error}
          </p>
        ) : null}
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Saving…" : "Save target"}
        </Button>
      </div>
    </form>
  );
}
