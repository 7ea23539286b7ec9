"use client";

import { useState } from "react";
import { Field } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import type { NextStepKindChoice } from "@/lib/domain/organization/next-step-setting";
import { updateNextStepAction } from "../actions";
import { FormActions } from "./form-actions";

type Values = {
  kind: NextStepKindChoice;
  bookingUrl: string;
  contactEmail: string;
  label: string;
  note: string;
};

const CHOICES: { kind: NextStepKindChoice; title: string; hint: string }[] = [
  {
    kind: "none",
    title: "No call to action",
    hint: "The result ends in a short note and a way to retake the diagnostic.",
  },
  {
    kind: "booking",
    title: "A booking link",
    hint: "A button that opens your booking page (Calendly, Cal.com, HubSpot…) in a new tab.",
  },
  {
    kind: "email",
    title: "An email address",
    hint: "A button that opens the prospect's mail app, addressed to you.",
  },
  {
    kind: "snapshot",
    title: "Ask for a Snapshot",
    hint: "A button the prospect presses once; your owners and admins get an email naming the lead.",
  },
];

/** "Next step on your diagnostic results": what the branded link's result ends in. */
export function NextStepForm({
  orgSlug,
  organizationName,
  initial,
}: {
  orgSlug: string;
  organizationName: string;
  initial: Values;
}) {
  const { run, pending, error, fieldErrors } = useAction(updateNextStepAction);
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(false);
  const set = (key: keyof Values) => (event: React.ChangeEvent<HTMLInputElement>) => {
    setSaved(false);
    setValues((v) => ({ ...v, [key]: event.target.value }));
  };
  const defaultLabel =
    values.kind === "email" ? `Email ${organizationName}` : `Book a call with ${organizationName}`;
  return (
    <form
      noValidate
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        run({ orgSlug, ...values }, () => setSaved(true));
      }}
    >
      <fieldset>
        <legend className="text-ink text-sm font-medium">What the result ends in</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {CHOICES.map((choice) => (
            <label
              key={choice.kind}
              className="has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 p-3"
            >
              <input
                type="radio"
                name="next-step-kind"
                value={choice.kind}
                checked={values.kind === choice.kind}
                onChange={() => {
                  setSaved(false);
                  setValues((v) => ({ ...v, kind: choice.kind }));
                }}
                className="accent-brand-600 mt-1 size-4 shrink-0"
              />
              <span className="text-ink text-sm font-medium">
                {choice.title}
                <span className="text-muted mt-0.5 block font-normal">{choice.hint}</span>
              </span>
            </label>
          ))}
        </div>
        {fieldErrors.kind ? (
          <p role="alert" className="mt-1.5 text-sm text-rose-700">
            {fieldErrors.kind}
          </p>
        ) : null}
      </fieldset>
      {values.kind === "booking" ? (
        <Field
          label="Booking page"
          hint="An https:// address. It opens in a new tab."
          type="url"
          inputMode="url"
          value={values.bookingUrl}
          onChange={set("bookingUrl")}
          error={fieldErrors.bookingUrl}
          placeholder="https://cal.com/your-firm/intro"
        />
      ) : null}
      {values.kind === "email" ? (
        <Field
          label="Contact email"
          hint="Where prospects write to. It is shown on the result, so use a shared inbox if you prefer."
          type="email"
          inputMode="email"
          value={values.contactEmail}
          onChange={set("contactEmail")}
          error={fieldErrors.contactEmail}
          placeholder="hello@your-firm.com"
        />
      ) : null}
      {values.kind === "booking" || values.kind === "email" ? (
        <Field
          label="Button wording (optional)"
          hint={`Leave empty for “${defaultLabel}”.`}
          value={values.label}
          onChange={set("label")}
          error={fieldErrors.label}
          placeholder={defaultLabel}
          maxLength={60}
        />
      ) : null}
      {values.kind !== "none" ? (
        <Field
          label="A line of your own (optional)"
          hint="Shown above the button, up to 200 characters."
          value={values.note}
          onChange={set("note")}
          error={fieldErrors.note}
          placeholder="We help B2B teams fix the leak your result points at. 30 minutes, no slides."
          maxLength={200}
        />
      ) : null}
      <FormActions label="Save next step" pending={pending} error={error} saved={saved} />
    </form>
  );
}
