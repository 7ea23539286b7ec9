"use client";

import { useState } from "react";
import { Field, inputClasses } from "@/components/ui/field";
import { CURRENCIES } from "@/lib/domain/organization/organization-profile";
import { useAction } from "@/components/ui/use-action";
import { updateOrganizationProfileAction } from "../actions";
import { FormActions } from "./form-actions";

export function ProfileForm({
  orgSlug,
  initial,
}: {
  orgSlug: string;
  initial: { name: string; logoUrl: string; accentColor: string; currency: string };
}) {
  const { run, pending, error, fieldErrors } = useAction(updateOrganizationProfileAction);
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(false);
  const set =
    (key: keyof typeof values) =>
    (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
      setSaved(false);
      setValues((v) => ({ ...v, [key]: event.target.value }));
    };
  const preview = /^#[0-9a-fA-F]{6}$/.test(values.accentColor) ? values.accentColor : "#4f46e5";
  return (
    <form
      noValidate
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        run({ orgSlug, ...values }, () => setSaved(true));
      }}
    >
      <Field
        label="Organization name"
        value={values.name}
        onChange={set("name")}
        error={fieldErrors.name}
      />
      <Field
        label="Logo address"
        hint="An https:// link to your logo (PNG or SVG), shown on your public diagnostic page."
        value={values.logoUrl}
        onChange={set("logoUrl")}
        error={fieldErrors.logoUrl}
        placeholder="https://example.com/logo.svg"
      />
      <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
        <Field
          label="Accent colour"
          hint="Buttons and highlights on your public pages. Leave empty for the default."
          value={values.accentColor}
          onChange={set("accentColor")}
          error={fieldErrors.accentColor}
          placeholder="#4f46e5"
        />
        <span
          aria-hidden="true"
          className="mb-7 inline-flex h-11 items-center rounded-lg px-4 text-sm font-semibold text-white"
          style={{ backgroundColor: preview }}
        >
          Preview
        </span>
      </div>
      <label className="text-ink block text-sm font-medium">
        Currency
        <select
          value={values.currency}
          onChange={set("currency")}
          className={inputClasses}
          aria-describedby="currency-hint"
        >
          {CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        <span id="currency-hint" className="text-muted mt-1 block font-normal">
          Every money figure is shown in it. Imports convert other currencies at the rates you give
          them, or leave those amounts out.
        </span>
      </label>
      <FormActions label="Save profile" pending={pending} error={error} saved={saved} />
    </form>
  );
}
