"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/action-result";
import type { EmailResultCopyAnswer } from "@/lib/services/diagnostic/email-result-copy";
import { emailResultCopyAction } from "../actions";

const tone = {
  sent: "border-emerald-200 bg-emerald-50 text-emerald-900",
  limited: "border-amber-200 bg-amber-50 text-amber-900",
  failed: "border-rose-200 bg-rose-50 text-rose-900",
} as const;

/** "Email me this result": a copy of the result and its private link, sent on request. */
export function EmailResultForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<
    ActionResult<EmailResultCopyAnswer> | null,
    FormData
  >(emailResultCopyAction, null);
  // Kept across submissions, so a refused or mistyped address can be corrected, not retyped.
  const [email, setEmail] = useState("");
  const fieldError = state && !state.ok ? state.fieldErrors?.email : undefined;
  const formError = state && !state.ok && !fieldError ? state.error : undefined;
  return (
    <section
      aria-labelledby="email-result-heading"
      className="mt-6 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id="email-result-heading" className="text-ink text-lg font-semibold">
        Email me this result
      </h2>
      <p className="text-muted mt-1 text-sm text-pretty">
        The headline, the five scores, what the leak costs, where to start and this page&apos;s
        private link, in your inbox. We keep the address with the result so whoever shared the
        diagnostic with you can follow up; deleting the result removes it too.
      </p>
      <form
        action={action}
        className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-start"
        noValidate
      >
        <input type="hidden" name="token" value={token} />
        <Field
          label="Email address"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          placeholder="you@company.com"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldError}
          className="sm:max-w-sm sm:flex-1"
        />
        <Button type="submit" disabled={pending} aria-busy={pending} className="sm:mt-7">
          {pending ? "Sending…" : "Email me a copy"}
        </Button>
      </form>
      {state?.ok ? (
        <p
          role="status"
          className={`mt-4 rounded-xl border px-4 py-3 text-sm text-pretty ${tone[state.data.status]}`}
        >
          {state.data.message}
        </p>
      ) : formError ? (
        <p
          role="alert"
          className={`mt-4 rounded-xl border px-4 py-3 text-sm text-pretty ${tone.failed}`}
        >
          {formError}
        </p>
      ) : null}
    </section>
  );
}
