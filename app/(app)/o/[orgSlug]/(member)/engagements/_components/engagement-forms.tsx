"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { slugify } from "@/lib/domain/organization/slugify";
import { createClientAction, endEngagementAction, grantConsultancyAccessAction } from "../actions";

function Problem({ error }: { error: string | null }) {
  return error ? (
    <p role="alert" className="text-sm text-rose-700">
      {error}
    </p>
  ) : null;
}

export function NewClientForm({ orgSlug }: { orgSlug: string }) {
  const { run, pending, error, fieldErrors } = useAction(createClientAction);
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [created, setCreated] = useState<string | null>(null);
  return (
    <form
      noValidate
      className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        run({ orgSlug, name, slug }, () => {
          setCreated(name);
          setName("");
          setSlug("");
        });
      }}
    >
      <Field
        label="Client company"
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setSlug(slugify(event.target.value));
        }}
        error={fieldErrors.name}
      />
      <Field
        label="Client address"
        value={slug}
        onChange={(event) => setSlug(event.target.value)}
        error={fieldErrors.slug}
      />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? "Creating…" : "Add client"}
      </Button>
      <div className="sm:col-span-3">
        <Problem error={error} />
        {created && !error ? (
          <p role="status" className="text-sm text-emerald-700">
            {created} added. Invite its leadership from the client&apos;s Members page.
          </p>
        ) : null}
      </div>
    </form>
  );
}

export function GrantConsultancyForm({ orgSlug }: { orgSlug: string }) {
  const { run, pending, error, fieldErrors } = useAction(grantConsultancyAccessAction);
  const [consultancySlug, setConsultancySlug] = useState("");
  return (
    <form
      noValidate
      className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        run({ orgSlug, consultancySlug }, () => setConsultancySlug(""));
      }}
    >
      <Field
        label="Consultancy address"
        hint="Ask your consultant for it: the part after /o/ in their links."
        value={consultancySlug}
        onChange={(event) => setConsultancySlug(event.target.value)}
        error={fieldErrors.consultancySlug}
      />
      <Button type="submit" disabled={pending} aria-busy={pending} className="sm:mb-7">
        Give access
      </Button>
      <div className="sm:col-span-2">
        <Problem error={error} />
      </div>
    </form>
  );
}

export function EndEngagementButton({
  orgSlug,
  engagementId,
  label,
}: {
  orgSlug: string;
  engagementId: string;
  label: string;
}) {
  const { run, pending, error } = useAction(endEngagementAction);
  return (
    <div className="text-right">
      <Button
        variant="ghost"
        disabled={pending}
        onClick={() => {
          if (window.confirm(`End the engagement with ${label}? Its access ends immediately.`))
            run({ orgSlug, engagementId });
        }}
      >
        End engagement
      </Button>
      <Problem error={error} />
    </div>
  );
}
