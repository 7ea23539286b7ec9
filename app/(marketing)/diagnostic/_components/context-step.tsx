"use client";

import type { RefObject } from "react";
import { Button } from "@/components/ui/button";
import {
  REVENUE_BAND_OPTIONS,
  ROLE_OPTIONS,
  VERTICAL_OPTIONS,
} from "@/lib/domain/diagnostic/context-options";

const SELECTS = [
  { name: "role", label: "Your role", options: ROLE_OPTIONS },
  { name: "revenueBand", label: "Company revenue", options: REVENUE_BAND_OPTIONS },
  { name: "vertical", label: "Industry", options: VERTICAL_OPTIONS },
] as const;

/** Typed figures, used with the revenue band to price the result; the server reads "$85,000" too. */
const FIGURES = [
  {
    name: "averageDealSize",
    label: "Average deal size (US$)",
    placeholder: "85000",
    inputMode: "numeric",
  },
  { name: "winRatePercent", label: "Win rate (%)", placeholder: "22", inputMode: "decimal" },
] as const;

const fieldClass =
  "mt-1.5 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base text-ink shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 focus:outline-none aria-[invalid=true]:border-rose-500";

/** The last screen: optional context, then the submit that scores and stores the answers. */
export function ContextStep({
  headingRef,
  values,
  fieldErrors,
  error,
  pending,
  feedsBenchmarks,
  missing,
  onChange,
  onBack,
  onSubmit,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
  error: string | null;
  pending: boolean;
  feedsBenchmarks: boolean;
  missing: number;
  onChange: (name: string, value: string) => void;
  onBack: () => void;
  onSubmit: () => void;
}) {
  const emailError = fieldErrors["context.email"];
  return (
    <form
      className="mt-8 sm:mt-10"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h1
        ref={headingRef}
        tabIndex={-1}
        className="text-ink text-2xl font-bold tracking-tight outline-none sm:text-3xl"
      >
        Almost there
      </h1>
      <p className="text-muted mt-3">
        A little context helps you compare your result with companies like yours later, and your
        revenue band lets us put a directional price on each broken link. Every field is optional.
      </p>

      <div className="mt-6 grid gap-4 sm:grid-cols-2">
        {SELECTS.map((select) => (
          <div key={select.name}>
            <label htmlFor={`context-${select.name}`} className="text-ink text-sm font-medium">
              {select.label}
            </label>
            <select
              id={`context-${select.name}`}
              name={select.name}
              value={values[select.name] ?? ""}
              onChange={(event) => onChange(select.name, event.target.value)}
              className={fieldClass}
            >
              <option value="">Prefer not to say</option>
              {select.options.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        {FIGURES.map((figure) => {
          const figureError = fieldErrors[`context.${figure.name}`];
          return (
            <div key={figure.name}>
              <label htmlFor={`context-${figure.name}`} className="text-ink text-sm font-medium">
                {figure.label}
              </label>
              <input
                id={`context-${figure.name}`}
                name={figure.name}
                type="text"
                inputMode={figure.inputMode}
                autoComplete="off"
                placeholder={figure.placeholder}
                value={values[figure.name] ?? ""}
                onChange={(event) => onChange(figure.name, event.target.value)}
                aria-invalid={figureError ? true : undefined}
                aria-describedby={figureError ? `context-${figure.name}-error` : undefined}
                className={fieldClass}
              />
              {figureError ? (
                <p id={`context-${figure.name}-error`} className="mt-1.5 text-sm text-rose-700">
                  {figureError}
                </p>
              ) : null}
            </div>
          );
        })}
        <div>
          <label htmlFor="context-email" className="text-ink text-sm font-medium">
            Email for a copy of the result
          </label>
          <input
            id="context-email"
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            placeholder="you@company.com"
            value={values.email ?? ""}
            onChange={(event) => onChange("email", event.target.value)}
            aria-invalid={emailError ? true : undefined}
            aria-describedby={emailError ? "context-email-error" : undefined}
            className={fieldClass}
          />
          {emailError ? (
            <p id="context-email-error" className="mt-1.5 text-sm text-rose-700">
              {emailError}
            </p>
          ) : null}
        </div>
      </div>

      {feedsBenchmarks ? (
        <p id="benchmarks-note" className="text-muted mt-6 text-sm text-pretty">
          Your scores also feed anonymous benchmarks: pooled with other companies&apos; results by
          industry and revenue band, without your name, email or answers, they let each taker see
          how they compare.
        </p>
      ) : null}

      {error ? (
        <div
          role="alert"
          className="mt-6 rounded-lg border border-rose-200 bg-rose-50 p-4 text-sm text-rose-800"
        >
          {error}
        </div>
      ) : null}
      {missing > 0 ? (
        <p role="status" className="mt-6 text-sm text-amber-800">
          {missing === 1 ? "One question is" : `${missing} questions are`} still unanswered;
          submitting takes you to the first one.
        </p>
      ) : null}

      <div className="mt-8 flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-between">
        <Button variant="secondary" onClick={onBack} disabled={pending}>
          Back to the questions
        </Button>
        <Button type="submit" size="lg" disabled={pending} aria-busy={pending}>
          {pending ? "Scoring your answers…" : "See my result"}
        </Button>
      </div>
    </form>
  );
}
