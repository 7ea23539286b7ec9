"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { slugify } from "@/lib/domain/organization/slugify";
import { createOrganizationAction } from "../actions";

export function CreateOrganizationForm() {
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugTouched, setSlugTouched] = useState(false);
  const [kind, setKind] = useState<"COMPANY" | "CONSULTANCY">("COMPANY");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <form
      noValidate
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await createOrganizationAction({ name, slug, kind });
          if (result && !result.ok) {
            setError(result.fieldErrors ? null : result.error);
            setErrors(result.fieldErrors ?? {});
          }
        });
      }}
    >
      <Field
        label="Organization name"
        name="name"
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          if (!slugTouched) setSlug(slugify(event.target.value));
        }}
        error={errors.name}
        autoComplete="organization"
      />
      <Field
        label="Address"
        name="slug"
        value={slug}
        onChange={(event) => {
          setSlugTouched(true);
          setSlug(event.target.value);
        }}
        hint={`Your pages will live at /o/${slug || "your-company"}`}
        error={errors.slug}
      />
      <fieldset>
        <legend className="text-ink text-sm font-medium">This organization is</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {(
            [
              ["COMPANY", "A company", "Your own leadership team diagnoses its revenue chain."],
              [
                "CONSULTANCY",
                "A consultancy",
                "You run diagnostics and Snapshots for client companies.",
              ],
            ] as const
          ).map(([value, title, body]) => (
            <label
              key={value}
              className="has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 flex cursor-pointer gap-3 rounded-xl border border-slate-200 bg-white p-4"
            >
              <input
                type="radio"
                name="kind"
                value={value}
                checked={kind === value}
                onChange={() => setKind(value)}
                className="accent-brand-600 mt-1"
              />
              <span>
                <span className="text-ink block font-medium">{title}</span>
                <span className="text-muted block text-sm">{body}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {error ? (
        <p
          role="alert"
          className="rounded-lg border border-rose-200 bg-rose-50 p-3 text-sm text-rose-800"
        >
          {error}
        </p>
      ) : null}
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? "Creating…" : "Create organization"}
      </Button>
    </form>
  );
}
