"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { closeReviewAction, decideReviewDealAction, startReviewAction } from "../actions";
import { ErrorText } from "@/components/ui/error-text";

export function StartReviewButton({ orgSlug, next }: { orgSlug: string; next: number }) {
  const router = useRouter();
  const { run, pending, error } = useAction(startReviewAction);
  return (
    <div>
      <Button
        disabled={pending}
        onClick={() =>
          run({ orgSlug }, ({ number }) =>
            router.push(`/o/${orgSlug}/scoreboard/reviews/${number}`),
          )
        }
      >
        {pending ? "Freezing the figures…" : `Start review ${next}`}
      </Button>
      <ErrorText error={error} />
    </div>
  );
}

export function CloseReviewButton({ orgSlug, number }: { orgSlug: string; number: number }) {
  const router = useRouter();
  const { run, pending, error } = useAction(closeReviewAction);
  return (
    <div>
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() => {
          if (!window.confirm("Close the review? Its decisions then stay as they are.")) return;
          run({ orgSlug, number }, () => router.refresh());
        }}
      >
        {pending ? "Closing…" : `Close review ${number}`}
      </Button>
      <ErrorText error={error} />
    </div>
  );
}

export function PrintButton() {
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      Print
    </Button>
  );
}

/** Advance (next step, owner, due date) or eliminate (reason) one deal of an open review. */
export function DecisionForm({
  orgSlug,
  number,
  externalId,
  dealName,
  reviewDate,
  defaultOwner,
}: {
  orgSlug: string;
  number: number;
  externalId: string;
  dealName: string;
  reviewDate: string;
  defaultOwner: string;
}) {
  const router = useRouter();
  const { run, pending, error, fieldErrors } = useAction(decideReviewDealAction);
  const [kind, setKind] = useState<"ADVANCE" | "ELIMINATE">("ADVANCE");
  const [nextStep, setNextStep] = useState("");
  const [owner, setOwner] = useState(defaultOwner);
  const [dueDate, setDueDate] = useState(reviewDate);
  const [reason, setReason] = useState("");
  const id = externalId.replace(/[^A-Za-z0-9_-]/g, "_");
  return (
    <form
      noValidate
      aria-label={`Decision on ${dealName}`}
      className="mt-3 space-y-3 rounded-lg bg-slate-50 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        run(
          {
            orgSlug,
            number,
            externalId,
            decision: kind === "ADVANCE" ? { kind, nextStep, owner, dueDate } : { kind, reason },
          },
          () => router.refresh(),
        );
      }}
    >
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="sr-only">Decision</legend>
        {(["ADVANCE", "ELIMINATE"] as const).map((k) => (
          <label key={k} className="text-ink flex items-center gap-2 font-medium">
            <input
              type="radio"
              name={`kind-${id}`}
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
              className="accent-brand-600 size-4"
            />
            {k === "ADVANCE" ? "Advance" : "Eliminate"}
          </label>
        ))}
      </fieldset>
      {kind === "ADVANCE" ? (
        <div className="grid gap-3 sm:grid-cols-[1fr_12rem_10rem]">
          <Field
            label="Next step"
            value={nextStep}
            onChange={(e) => setNextStep(e.target.value)}
            error={fieldErrors.nextStep}
          />
          <Field
            label="Owner"
            value={owner}
            onChange={(e) => setOwner(e.target.value)}
            error={fieldErrors.owner}
          />
          <Field
            label="Due"
            type="date"
            value={dueDate}
            onChange={(e) => setDueDate(e.target.value)}
            error={fieldErrors.dueDate}
          />
        </div>
      ) : (
        <div>
          <label htmlFor={`reason-${id}`} className="text-ink text-sm font-medium">
            Reason
          </label>
          <input
            id={`reason-${id}`}
            className={inputClasses}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={fieldErrors.reason ? true : undefined}
          />
          {fieldErrors.reason ? (
            <p className="mt-1 text-sm text-rose-700">{fieldErrors.reason}</p>
          ) : null}
        </div>
      )}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Record decision"}
      </Button>
      <ErrorText error={error} />
    </form>
  );
}
