"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ProgressBar } from "@/components/ui/progress-bar";
import { sendSubmission } from "./send-submission";
import { ContextStep } from "./context-step";
import { useSavedProgress } from "./use-saved-progress";

export type PublicQuestion = {
  id: string;
  prompt: string;
  help?: string;
  options: { id: string; label: string }[];
};

const AUTO_ADVANCE_MS = 220;

function isTypingTarget(target: EventTarget | null) {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName)) &&
    !(target instanceof HTMLInputElement && target.type === "radio")
  );
}

export function Questionnaire({
  version,
  questions,
  orgSlug,
  feedsBenchmarks = true,
}: {
  version: string;
  questions: PublicQuestion[];
  /** The organization whose public link this is; absent on the platform's own diagnostic. */
  orgSlug?: string;
  /** False on a branded link whose organization keeps its results out of the benchmarks. */
  feedsBenchmarks?: boolean;
}) {
  const router = useRouter();
  const { progress, update, reset, clear } = useSavedProgress(
    `revenue-chain:diagnostic:${orgSlug ?? "platform"}:${version}`,
  );
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const advanceTimer = useRef<number | undefined>(undefined);

  const total = questions.length;
  const step = progress ? Math.min(progress.step, total) : 0;
  const question = step < total ? questions[step] : undefined;
  const answered = progress ? questions.filter((q) => progress.answers[q.id]).length : 0;
  const firstUnanswered = progress ? questions.findIndex((q) => !progress.answers[q.id]) : 0;

  const goTo = useCallback(
    (next: number) => {
      window.clearTimeout(advanceTimer.current);
      update((p) => ({ ...p, step: Math.max(0, Math.min(next, total)) }));
    },
    [update, total],
  );

  const choose = useCallback(
    (questionId: string, optionId: string) => {
      update((p) => ({ ...p, answers: { ...p.answers, [questionId]: optionId } }));
    },
    [update],
  );

  // A new screen: move focus to its heading so screen readers announce it and keys act on it.
  useEffect(() => {
    if (progress) headingRef.current?.focus({ preventScroll: true });
  }, [step, progress === null]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => () => window.clearTimeout(advanceTimer.current), []);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!progress || event.altKey || event.ctrlKey || event.metaKey || pending) return;
      if (isTypingTarget(event.target)) return;
      if (question && /^[1-9]$/.test(event.key)) {
        const option = question.options[Number(event.key) - 1];
        if (!option) return;
        event.preventDefault();
        choose(question.id, option.id);
        document.getElementById(`option-${question.id}-${option.id}`)?.focus();
      } else if (event.key === "Enter" && question) {
        if (event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement)
          return;
        event.preventDefault();
        if (progress.answers[question.id]) goTo(step + 1);
      } else if (event.key === "Backspace" && step > 0) {
        event.preventDefault();
        goTo(step - 1);
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [progress, question, step, pending, choose, goTo]);

  function submit() {
    if (!progress) return;
    if (firstUnanswered !== -1) {
      goTo(firstUnanswered);
      return;
    }
    setSubmitError(null);
    setFieldErrors({});
    startTransition(async () => {
      const result = await sendSubmission({
        orgSlug,
        submissionId: progress.submissionId,
        bankVersion: version,
        answers: progress.answers,
        context: progress.context,
        startedAt: progress.startedAt,
      });
      if (result.ok) {
        clear();
        const copyNote = result.data.copy === "limited" ? "?copy=limited" : "";
        router.push(`/results/${result.data.accessToken}${copyNote}`);
      } else {
        setSubmitError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
      }
    });
  }

  if (!progress) {
    // Before this browser's saved copy is read (it can only be after hydration), show the first
    // question as it will look, not a placeholder: the page reads at once, and the prerendered
    // HTML already carries it.
    const first = questions[0]!;
    return (
      <div aria-busy="true" className="mx-auto max-w-2xl px-4 pt-6 pb-28 sm:py-12">
        <div className="text-muted flex items-center justify-between gap-4 text-sm">
          <span>{`Question 1 of ${total}`}</span>
        </div>
        <ProgressBar value={0} max={total} label="Questions answered" className="mt-3" />
        <div className="mt-8 sm:mt-10">
          <h1 className="text-ink text-2xl font-bold tracking-tight text-balance sm:text-3xl">
            {first.prompt}
          </h1>
          {first.help ? <p className="text-muted mt-3">{first.help}</p> : null}
          <div className="mt-6 space-y-3">
            {first.options.map((option, index) => (
              <div
                key={option.id}
                className="flex items-start gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
              >
                <kbd
                  aria-hidden="true"
                  className="mt-0.5 inline-flex size-6 shrink-0 items-center justify-center rounded-md border border-slate-300 bg-slate-50 font-sans text-xs font-semibold text-slate-600"
                >
                  {index + 1}
                </kbd>
                <span className="text-ink text-base">{option.label}</span>
              </div>
            ))}
          </div>
        </div>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-2xl px-4 pt-6 pb-28 sm:py-12">
      <div className="text-muted flex items-center justify-between gap-4 text-sm">
        <span aria-live="polite">
          {question ? `Question ${step + 1} of ${total}` : `All ${total} questions answered`}
        </span>
        <button
          type="button"
          onClick={() => {
            reset();
            setSubmitError(null);
          }}
          className="text-muted hover:text-ink rounded px-1 font-medium underline-offset-4 hover:underline"
        >
          Start over
        </button>
      </div>
      <ProgressBar value={answered} max={total} label="Questions answered" className="mt-3" />

      {question ? (
        <form
          className="mt-8 sm:mt-10"
          onSubmit={(event) => {
            event.preventDefault();
            if (progress.answers[question.id]) goTo(step + 1);
          }}
        >
          <fieldset>
            <legend className="contents">
              <h1
                ref={headingRef}
                tabIndex={-1}
                className="text-ink text-2xl font-bold tracking-tight text-balance outline-none sm:text-3xl"
              >
                {question.prompt}
              </h1>
            </legend>
            {question.help ? <p className="text-muted mt-3">{question.help}</p> : null}
            <div className="mt-6 space-y-3">
              {question.options.map((option, index) => {
                const id = `option-${question.id}-${option.id}`;
                const checked = progress.answers[question.id] === option.id;
                return (
                  <label
                    key={option.id}
                    htmlFor={id}
                    className={cn(
                      "has-[:focus-visible]:outline-brand-600 flex cursor-pointer items-start gap-3 rounded-xl border bg-white p-4 shadow-sm transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2",
                      checked
                        ? "border-brand-600 bg-brand-50 ring-brand-600 ring-1"
                        : "border-slate-200 hover:border-slate-300 hover:bg-slate-50",
                    )}
                  >
                    <input
                      id={id}
                      type="radio"
                      name={question.id}
                      value={option.id}
                      checked={checked}
                      onChange={() => choose(question.id, option.id)}
                      onClick={(event) => {
                        // detail > 0 only for a pointer click or tap: advance for those, while
                        // keyboard users confirm with Enter.
                        if (event.detail > 0) {
                          window.clearTimeout(advanceTimer.current);
                          advanceTimer.current = window.setTimeout(
                            () => goTo(step + 1),
                            AUTO_ADVANCE_MS,
                          );
                        }
                      }}
                      className="sr-only"
                    />
                    <kbd
                      aria-hidden="true"
                      className={cn(
                        "mt-0.5 inline-flex size-6 shrink-0 items-center justify-center rounded-md border font-sans text-xs font-semibold",
                        checked
                          ? "border-brand-600 bg-brand-600 text-white"
                          : "border-slate-300 bg-slate-50 text-slate-600",
                      )}
                    >
                      {index + 1}
                    </kbd>
                    <span className="text-ink text-base">{option.label}</span>
                  </label>
                );
              })}
            </div>
          </fieldset>

          <div className="fixed inset-x-0 bottom-0 border-t border-slate-200 bg-white/95 p-4 backdrop-blur sm:static sm:mt-8 sm:border-0 sm:bg-transparent sm:p-0">
            <div className="mx-auto flex max-w-2xl items-center justify-between gap-3">
              <Button variant="secondary" onClick={() => goTo(step - 1)} disabled={step === 0}>
                Back
              </Button>
              <p className="text-muted hidden text-xs sm:block">
                Keys 1–{question.options.length} choose · Enter continues · Backspace goes back
              </p>
              <Button type="submit" disabled={!progress.answers[question.id]}>
                {step + 1 === total ? "Finish" : "Next"}
              </Button>
            </div>
          </div>
        </form>
      ) : (
        <ContextStep
          headingRef={headingRef}
          values={progress.context}
          fieldErrors={fieldErrors}
          error={submitError}
          pending={pending}
          feedsBenchmarks={feedsBenchmarks}
          missing={firstUnanswered === -1 ? 0 : total - answered}
          onChange={(name, value) =>
            update((p) => ({ ...p, context: { ...p.context, [name]: value } }))
          }
          onBack={() => goTo(total - 1)}
          onSubmit={submit}
        />
      )}
    </div>
  );
}
