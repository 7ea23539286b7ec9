"use client";

import { useState } from "react";
import { Field } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { updatePreparedByAction } from "../actions";
import { FormActions } from "./form-actions";

type Values = { name: string; title: string; email: string; phone: string };

/** Who signs the organization's reports, and how the client reaches them. */
export function PreparedByForm({ orgSlug, initial }: { orgSlug: string; initial: Values }) {
  const { run, pending, error, fieldErrors } = useAction(updatePreparedByAction);
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(false);
  const set = (key: keyof Values) => (event: React.ChangeEvent<HTMLInputElement>) => {
    setSaved(false);
    setValues((v) => ({ ...v, [key]: event.target.value }));
  };
  return (
    <form
      noValidate
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        run({ orgSlug, ...values }, () => setSaved(true));
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Consultant's name"
          hint="Left empty, the person who publishes each version is named."
          value={values.name}
          onChange={set("name")}
          error={fieldErrors.name}
          autoComplete="name"
        />
        <Field
          label="Title"
          value={values.title}
          onChange={set("title")}
          error={fieldErrors.title}
          placeholder="Managing partner"
        />
        <Field
          label="Contact email"
          type="email"
          value={values.email}
          onChange={set("email")}
          error={fieldErrors.email}
          autoComplete="email"
        />
        <Field
          label="Contact phone"
          type="tel"
          value={values.phone}
          onChange={set("phone")}
          error={fieldErrors.phone}
          autoComplete="tel"
        />
      </div>
      <FormActions label="Save prepared by" pending={pending} error={error} saved={saved} />
    </form>
  );
}
