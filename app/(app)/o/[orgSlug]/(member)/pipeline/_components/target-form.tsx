"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { setRevenueTargetAction } from "../actions";

/** Set the revenue target of a period (the current quarter by default), for the coverage ratio. */
export function TargetForm({
  orgSlug,
  periodStart,
  periodEnd,
}: {
  orgSlug: string;
  periodStart: string;
  periodEnd: string;
}) {
  const { run, pending, error, fieldErrors } = useAction(setRevenueTargetAction);
  const [start, setStart] = useState(periodStart);
  const [end, setEnd] = useState(periodEnd);
  const [amount, setAmount] = useState("");
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        run({ orgSlug, periodStart: start, periodEnd: end, amount }, () => setAmount(""));
      }}
      className="mt-4 grid gap-3 sm:grid-cols-3 sm:items-end"
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
        label="Revenue target (USD)"
        inputMode="decimal"
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        error={fieldErrors.amount}
        placeholder="1,500,000"
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
