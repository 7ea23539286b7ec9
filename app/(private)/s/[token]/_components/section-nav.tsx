"use client";

import { cn } from "@/components/ui/cn";
import type { AnsweringSection } from "../answering-sections";

/** The five sections as steps to jump between, each with how much of it is answered. */
export function SectionNav({
  sections,
  current,
  answers,
  onSelect,
}: {
  sections: AnsweringSection[];
  current: number;
  answers: Record<string, string>;
  onSelect: (index: number) => void;
}) {
  return (
    <nav aria-label="Sections">
      <ol className="grid grid-cols-5 gap-1.5 sm:gap-2">
        {sections.map((section, index) => {
          const total = section.questions.length;
          const done = section.questions.filter((q) => answers[q.id]).length;
          const isCurrent = index === current;
          return (
            <li key={section.key}>
              <button
                type="button"
                onClick={() => onSelect(index)}
                aria-current={isCurrent ? "step" : undefined}
                className={cn(
                  "flex min-h-14 w-full flex-col items-center justify-center rounded-lg border px-1 py-1.5 text-center text-xs transition-colors",
                  isCurrent
                    ? "border-brand-600 ring-brand-600 bg-white ring-1"
                    : done === total
                      ? "border-brand-200 bg-brand-50 hover:border-brand-600"
                      : "border-slate-200 bg-white hover:border-slate-300 hover:bg-slate-50",
                )}
              >
                <span aria-hidden="true" className="text-ink font-semibold">
                  {index + 1}
                </span>
                <span className="text-ink sr-only font-medium sm:not-sr-only sm:max-w-full sm:truncate">
                  {section.shortName}
                </span>
                <span
                  aria-hidden="true"
                  className={cn(done === total ? "text-brand-700 font-semibold" : "text-muted")}
                >
                  {done === total ? "✓ " : ""}
                  {done}/{total}
                </span>
                <span className="sr-only">
                  , {done} of {total} answered
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
