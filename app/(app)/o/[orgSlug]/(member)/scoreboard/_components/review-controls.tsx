"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { closeReviewAction, decideReviewDealAction, startReviewAction } from "../actions";
import { ErrorText } from "@/components/ui/error-text";

/** A confirmation shown in place of the button that asked for it: a sentence, then go or stay. */
function ConfirmPanel({
  children,
  confirmLabel,
  pending,
  onConfirm,
  onCancel,
  testId,
}: {
  children: ReactNode;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId: string;
}) {
  return (
    <div
      role="alertdialog"
      aria-labelledby={`${testId}-text`}
      className="max-w-md rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950"
      data-testid={testId}
    >
      <div id={`${testId}-text`}>{children}</div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button disabled={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

/**
 * Start the next review. Before its due day the button asks first: the cadence is the point,
 * but a team that needs to meet early can, and the review records that it did.
 */
export function StartReviewButton({
  orgSlug,
  next,
  early,
}: {
  orgSlug: string;
  next: number;
  /** The due day, spelled out, when starting today would be early. */
  early: string | null;
}) {
  const router = useRouter();
  const { run, pending, error } = useAction(startReviewAction);
  const [asking, setAsking] = useState(false);
  const start = (confirmEarly: boolean) =>
    run({ orgSlug, confirmEarly }, ({ number }) =>
      router.push(`/o/${orgSlug}/scoreboard/reviews/${number}`),
    );
  return (
    <div>
      {asking && early ? (
        <ConfirmPanel
          testId="confirm-early"
          confirmLabel={pending ? "Freezing the figures…" : `Start review ${next} early`}
          pending={pending}
          onConfirm={() => start(true)}
          onCancel={() => setAsking(false)}
        >
          <p>
            Review {next} is due on <strong>{early}</strong>. Starting it today freezes today&apos;s
            figures and records the review as held early.
          </p>
        </ConfirmPanel>
      ) : (
        <Button disabled={pending} onClick={() => (early ? setAsking(true) : start(false))}>
          {pending ? "Freezing the figures…" : `Start review ${next}`}
        </Button>
      )}
      <ErrorText error={error} />
    </div>
  );
}

/**
 * Close the review. With deals still undecided it lists them first and asks: a review closed
 * with its list half done should be a choice, not an accident.
 */
export function CloseReviewButton({
  orgSlug,
  number,
  undecided,
}: {
  orgSlug: string;
  number: number;
  /** Names of the deals without a decision, largest first. */
  undecided: string[];
}) {
  const router = useRouter();
  const { run, pending, error } = useAction(closeReviewAction);
  const [asking, setAsking] = useState(false);
  const close = () =>
    run({ orgSlug, number, confirmUndecided: undecided.length > 0 }, () => {
      setAsking(false);
      router.refresh();
    });
  const shown = undecided.slice(0, 10);
  return (
    <div>
      {asking ? (
        <ConfirmPanel
          testId="confirm-close"
          confirmLabel={
            pending
              ? "Closing…"
              : undecided.length > 0
                ? `Close with ${undecided.length} undecided`
                : `Close review ${number}`
          }
          pending={pending}
          onConfirm={close}
          onCancel={() => setAsking(false)}
        >
          {undecided.length > 0 ? (
            <>
              <p>
                <strong>
                  {undecided.length} {undecided.length === 1 ? "deal has" : "deals have"} no
                  decision.
                </strong>{" "}
                Once closed, the review keeps them undecided; the next review lists them again if
                they are still stale or unclear.
              </p>
              <ul className="mt-2 list-disc space-y-0.5 pl-5" data-testid="undecided-deals">
                {shown.map((name, i) => (
                  <li key={`${i}-${name}`}>{name}</li>
                ))}
                {undecided.length > shown.length ? (
                  <li>and {undecided.length - shown.length} more</li>
                ) : null}
              </ul>
            </>
          ) : (
            <p>Every deal has a decision. Once closed, the decisions stay as they are.</p>
          )}
        </ConfirmPanel>
      ) : (
        <Button variant="secondary" disabled={pending} onClick={() => setAsking(true)}>
          {`Close review ${number}`}
        </Button>
      )}
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

/** The day after a YYYY-MM-DD day, the earliest a next step can be due. */
function dayAfter(day: string) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Advance (next step, owner, due date) or eliminate (reason) one deal of an open review. */
export function DecisionForm({
  orgSlug,
  number,
  externalId,
  dealName,
  reviewDate,
  defaultDue,
  defaultOwner,
}: {
  orgSlug: string;
  number: number;
  externalId: string;
  dealName: string;
  /** The meeting day, YYYY-MM-DD: a next step is due after it. */
  reviewDate: string;
  /** YYYY-MM-DD, the next review's day. */
  defaultDue: string;
  defaultOwner: string;
}) {
  const router = useRouter();
  const { run, pending, error, fieldErrors } = useAction(decideReviewDealAction);
  const [kind, setKind] = useState<"ADVANCE" | "ELIMINATE">("ADVANCE");
  const [nextStep, setNextStep] = useState("");
  const [owner, setOwner] = useState(defaultOwner);
  const [dueDate, setDueDate] = useState(defaultDue);
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
            min={dayAfter(reviewDate)}
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
