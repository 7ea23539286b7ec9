"use client";

import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { submitSnapshotAnswersAction } from "../actions";
import type { AnsweringSection } from "../answering-sections";
import { AnsweringIntro } from "./answering-intro";
import { AnswersReceived, type AnsweringCompany } from "./answering-states";
import { MissingAnswers } from "./missing-answers";
import { QuestionField } from "./question-field";
import { SaveProblem, SaveStatusLabel } from "./save-status";
import { SectionNav } from "./section-nav";
import { useAutosave } from "./use-autosave";

/** Which screen is shown (null: the introduction), and the question to bring into view. */
type View = { section: number | null; focus: string | null; moves: number };

export function SnapshotQuestionnaire({
  token,
  company,
  respondentName,
  roleLabel,
  sections,
  noteMaxLength,
  initialAnswers,
  initialEvidence,
}: {
  token: string;
  company: AnsweringCompany;
  respondentName: string | null;
  roleLabel: string;
  sections: AnsweringSection[];
  noteMaxLength: number;
  initialAnswers: Record<string, string>;
  initialEvidence: Record<string, string>;
}) {
  const questions = useMemo(() => sections.flatMap((s) => s.questions), [sections]);
  const numbers = useMemo(() => new Map(questions.map((q, i) => [q.id, i + 1])), [questions]);
  const autosave = useAutosave({
    token,
    questions,
    noteMaxLength,
    initial: { answers: initialAnswers, evidence: initialEvidence },
  });
  const { answers, evidence } = autosave;
  const [view, setView] = useState<View>({ section: null, focus: null, moves: 0 });
  const [submittedAt, setSubmittedAt] = useState<Date | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [sending, startSending] = useTransition();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const total = questions.length;
  const answered = questions.filter((q) => answers[q.id]).length;
  const firstOpenSection = sections.findIndex((s) => s.questions.some((q) => !answers[q.id]));

  function goTo(section: number | null, focus: string | null = null) {
    setView((current) => ({ section, focus, moves: current.moves + 1 }));
  }

  function jumpToQuestion(questionId: string) {
    goTo(
      sections.findIndex((s) => s.questions.some((q) => q.id === questionId)),
      questionId,
    );
  }

  // A new screen: bring its top (or the question asked for) into view, and move focus there so
  // keyboard and screen-reader users start on it.
  useEffect(() => {
    if (view.moves === 0) return;
    const target = view.focus ? document.getElementById(`question-${view.focus}`) : null;
    if (target) {
      target.scrollIntoView({ block: "start" });
      const radio =
        target.querySelector<HTMLInputElement>("input:checked") ??
        target.querySelector<HTMLInputElement>("input");
      radio?.focus({ preventScroll: true });
    } else {
      window.scrollTo({ top: 0 });
      headingRef.current?.focus({ preventScroll: true });
    }
  }, [view]);

  useEffect(() => {
    if (!submittedAt) return;
    window.scrollTo({ top: 0 });
    headingRef.current?.focus({ preventScroll: true });
  }, [submittedAt]);

  function send() {
    setSubmitError(null);
    startSending(async () => {
      if (!(await autosave.flush())) {
        setSubmitError(
          "Your latest changes could not be saved, so nothing was sent. Try again in a moment.",
        );
        return;
      }
      try {
        const result = await submitSnapshotAnswersAction({ token });
        if (result.ok) {
          autosave.discardBackup();
          setSubmittedAt(new Date(result.data.submittedAt));
        } else setSubmitError(result.error);
      } catch {
        setSubmitError(
          "We could not reach the server, so nothing was sent. Check your connection and try again.",
        );
      }
    });
  }

  if (submittedAt) {
    return <AnswersReceived company={company} submittedAt={submittedAt} headingRef={headingRef} />;
  }

  if (view.section === null) {
    return (
      <AnsweringIntro
        company={company}
        respondentName={respondentName}
        roleLabel={roleLabel}
        sections={sections}
        answered={answered}
        total={total}
        headingRef={headingRef}
        onStart={() => goTo(firstOpenSection === -1 ? sections.length - 1 : firstOpenSection)}
      />
    );
  }

  const index = view.section;
  const section = sections[index]!;
  const isLast = index === sections.length - 1;

  return (
    <div className="mx-auto max-w-2xl px-4 pb-16">
      <div className="sticky top-0 z-20 -mx-4 border-b border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur">
        <div className="flex items-center justify-between gap-3">
          <p className="text-ink shrink-0 text-sm font-semibold">
            {answered} of {total} answered
          </p>
          <SaveStatusLabel status={autosave.status} />
        </div>
        <ProgressBar value={answered} max={total} label="Questions answered" className="mt-2" />
        <SaveProblem status={autosave.status} onRetry={() => void autosave.retry()} />
      </div>

      <div className="pt-6">
        <SectionNav
          sections={sections}
          current={index}
          answers={answers}
          onSelect={(i) => goTo(i)}
        />
      </div>

      <div className="mt-8">
        <p className="text-brand-700 text-sm font-semibold">
          Section {index + 1} of {sections.length} · {section.shortName}
        </p>
        <h1
          ref={headingRef}
          tabIndex={-1}
          className="text-ink mt-1 text-2xl font-bold tracking-tight text-balance outline-none sm:text-3xl"
        >
          {section.name}
        </h1>
        <p className="text-muted mt-2">What these questions test for: {section.summary}</p>
      </div>

      <fieldset disabled={sending} className="mt-6 min-w-0 space-y-4">
        {section.questions.map((q) => (
          <QuestionField
            key={q.id}
            question={q}
            number={numbers.get(q.id)!}
            answer={answers[q.id]}
            note={evidence[q.id] ?? ""}
            noteMaxLength={noteMaxLength}
            onChoose={(optionId) => autosave.choose(q.id, optionId)}
            onNoteChange={(note) => autosave.editNote(q.id, note)}
            onNoteDone={() => void autosave.flush()}
          />
        ))}
      </fieldset>

      {isLast ? (
        <div className="mt-8 space-y-4">
          <MissingAnswers
            sections={sections}
            answers={answers}
            numbers={numbers}
            onJump={jumpToQuestion}
          />
          {answered === total ? (
            <p className="text-ink">
              Every question is answered. Once sent, your answers can no longer be changed.
            </p>
          ) : null}
          {submitError ? (
            <div
              role="alert"
              className="rounded-lg border border-rose-200 bg-rose-50 p-4 text-sm text-rose-800"
            >
              {submitError}
            </div>
          ) : null}
        </div>
      ) : null}

      <div className="mt-8 flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-between">
        {index === 0 ? (
          <Button variant="secondary" size="lg" onClick={() => goTo(null)}>
            Back to the introduction
          </Button>
        ) : (
          <Button variant="secondary" size="lg" onClick={() => goTo(index - 1)}>
            Previous section
          </Button>
        )}
        {isLast ? (
          <Button
            size="lg"
            onClick={send}
            disabled={answered < total || sending}
            aria-busy={sending}
          >
            {sending ? "Sending…" : "Send my answers"}
          </Button>
        ) : (
          <Button size="lg" onClick={() => goTo(index + 1)}>
            Next section
          </Button>
        )}
      </div>
    </div>
  );
}
