"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

type State =
  | { status: "idle" | "pending" }
  | { status: "done"; message: string }
  | { status: "error"; message: string; field?: string };

/**
 * "Ask for a Snapshot": one press tells the organization, which emails its owners and admins
 * once per result. A result without an address asks for one first, so the organization can
 * answer. The answer is the server's own sentence: sent, already sent, or why not.
 */
export function SnapshotRequestButton({
  token,
  organizationName,
  needsEmail,
}: {
  token: string;
  organizationName: string;
  needsEmail: boolean;
}) {
  const [state, setState] = useState<State>({ status: "idle" });
  const [email, setEmail] = useState("");
  if (state.status === "done") {
    return (
      <p
        role="status"
        className="rounded-lg bg-emerald-400/10 px-4 py-3 text-sm text-pretty text-emerald-100 ring-1 ring-emerald-300/30"
      >
        {state.message}
      </p>
    );
  }
  const fieldError = state.status === "error" ? state.field : undefined;
  const formError = state.status === "error" && !state.field ? state.message : undefined;
  return (
    <form
      noValidate
      className="flex flex-col gap-3 sm:flex-row sm:items-end"
      onSubmit={async (event) => {
        event.preventDefault();
        setState({ status: "pending" });
        try {
          const response = await fetch(`/api/diagnostic/results/${token}/next-step`, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify(
              needsEmail ? { action: "snapshot", email } : { action: "snapshot" },
            ),
            credentials: "omit",
          });
          const body = (await response.json().catch(() => ({}))) as {
            message?: string;
            error?: string;
            fieldErrors?: Record<string, string>;
          };
          if (response.ok && body.message) setState({ status: "done", message: body.message });
          else if (body.fieldErrors?.email)
            setState({
              status: "error",
              message: body.fieldErrors.email,
              field: body.fieldErrors.email,
            });
          else
            setState({
              status: "error",
              message: body.error ?? "That did not go through. Try again in a moment.",
            });
        } catch {
          setState({
            status: "error",
            message: "We could not reach the server. Check your connection and try again.",
          });
        }
      }}
    >
      {needsEmail ? (
        <label className="block text-sm font-medium text-white sm:max-w-xs sm:flex-1">
          Your email, so {organizationName} can reply
          <input
            type="email"
            name="email"
            autoComplete="email"
            inputMode="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-invalid={fieldError ? true : undefined}
            className="text-ink mt-1.5 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base shadow-sm"
            placeholder="you@company.com"
          />
          {fieldError ? (
            <span role="alert" className="mt-1.5 block font-normal text-rose-200">
              {fieldError}
            </span>
          ) : null}
        </label>
      ) : null}
      <Button
        type="submit"
        size="lg"
        disabled={state.status === "pending"}
        aria-busy={state.status === "pending"}
      >
        {state.status === "pending" ? "Sending…" : "Ask for a Snapshot"}
      </Button>
      {formError ? (
        <p role="alert" className="text-sm text-rose-200 sm:self-center">
          {formError}
        </p>
      ) : null}
    </form>
  );
}
