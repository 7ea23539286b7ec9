"use client";

import { useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { inputClasses } from "@/components/ui/field";
import type { AnsweringQuestion } from "../answering-sections";

/** Remaining characters are shown once a note comes this close to its limit. */
const COUNT_SHOWN_WITHIN = 150;

/**
 * One question: its options as a radio group, then an optional note on the evidence behind the
 * answer, hidden behind a button until wanted (or already written).
 */
export function QuestionField({
  question,
  number,
  answer,
  note,
  noteMaxLength,
  onChoose,
  onNoteChange,
  onNoteDone,
}: {
  question: AnsweringQuestion;
  number: number;
  answer: string | undefined;
  note: string;
  noteMaxLength: number;
  onChoose: (optionId: string) => void;
  onNoteChange: (note: string) => void;
  onNoteDone: () => void;
}) {
  const [noteOpen, setNoteOpen] = useState(note !== "");
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const noteId = `note-${question.id}`;
  const remaining = noteMaxLength - note.length;

  return (
    <fieldset
      id={`question-${question.id}`}
      className="scroll-mt-32 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <legend className="float-left w-full">
        <span aria-hidden="true" className="text-muted block text-xs font-semibold">
          Question {number}
        </span>
        <span className="text-ink mt-1 block text-lg font-semibold text-pretty">
          {question.prompt}
        </span>
      </legend>
      {question.help ? <p className="text-muted clear-both pt-2 text-sm">{question.help}</p> : null}

      <div className="clear-both space-y-2.5 pt-4">
        {question.options.map((option) => {
          const id = `option-${question.id}-${option.id}`;
          const checked = answer === option.id;
          return (
            <label
              key={option.id}
              htmlFor={id}
              className={cn(
                "has-[:focus-visible]:outline-brand-600 flex cursor-pointer scroll-mt-36 items-start gap-3 rounded-xl border p-3.5 transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 sm:p-4",
                checked
                  ? "border-brand-600 bg-brand-50 ring-brand-600 ring-1"
                  : "border-slate-200 bg-white hover:border-slate-300 hover:bg-slate-50",
              )}
            >
              <input
                id={id}
                type="radio"
                name={`answer-${question.id}`}
                value={option.id}
                checked={checked}
                onChange={() => onChoose(option.id)}
                // Off-screen for sight only; scrolled to, it stays clear of the sticky progress bar.
                className="sr-only scroll-mt-36"
              />
              <span
                aria-hidden="true"
                className={cn(
                  "mt-0.5 inline-flex size-5 shrink-0 items-center justify-center rounded-full border-2",
                  checked ? "border-brand-600 bg-brand-600" : "border-slate-300 bg-white",
                )}
              >
                {checked ? <span className="size-2 rounded-full bg-white" /> : null}
              </span>
              <span className="text-ink text-base">{option.label}</span>
            </label>
          );
        })}
      </div>

      <div className="mt-4">
        {noteOpen ? (
          <>
            <label htmlFor={noteId} className="text-ink block text-sm font-medium">
              {question.evidencePrompt}
            </label>
            <p id={`${noteId}-hint`} className="text-muted mt-1 text-xs">
              Optional. A report, a document, a link or a number is worth more than an opinion.
            </p>
            <textarea
              ref={noteRef}
              id={noteId}
              rows={3}
              maxLength={noteMaxLength}
              value={note}
              onChange={(event) => onNoteChange(event.target.value)}
              onBlur={onNoteDone}
              aria-describedby={`${noteId}-hint`}
              className={cn(inputClasses, "resize-y")}
            />
            {remaining <= COUNT_SHOWN_WITHIN ? (
              <p className="text-muted mt-1 text-xs" aria-live="polite">
                {remaining} characters left
              </p>
            ) : null}
          </>
        ) : (
          <button
            type="button"
            onClick={() => {
              setNoteOpen(true);
              // The box exists only after this render; focus it once it does.
              requestAnimationFrame(() => noteRef.current?.focus());
            }}
            className="text-brand-700 -mx-2 min-h-10 rounded-lg px-2 text-sm font-semibold hover:bg-slate-100"
          >
            <span aria-hidden="true">+ </span>Add evidence note{" "}
            <span className="text-muted font-normal">(optional)</span>
          </button>
        )}
      </div>
    </fieldset>
  );
}
