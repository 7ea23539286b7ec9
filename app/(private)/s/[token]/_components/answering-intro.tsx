"use client";

import type { Ref } from "react";
import { Button } from "@/components/ui/button";
import type { AnsweringSection } from "../answering-sections";
import { AnsweringCard, type AnsweringCompany } from "./answering-states";

/** The first screen: whose Snapshot this is, in which role, and how answering works. */
export function AnsweringIntro({
  company,
  respondentName,
  roleLabel,
  sections,
  answered,
  total,
  headingRef,
  onStart,
}: {
  company: AnsweringCompany;
  respondentName: string | null;
  roleLabel: string;
  sections: AnsweringSection[];
  answered: number;
  total: number;
  headingRef: Ref<HTMLHeadingElement>;
  onStart: () => void;
}) {
  return (
    <AnsweringCard
      company={company}
      title={`${respondentName ? `${respondentName}, your` : "Your"} view of how ${company.name} wins revenue`}
      headingRef={headingRef}
    >
      <p className="text-ink mt-4 text-lg">You are answering as {roleLabel}.</p>
      <p className="text-muted mt-2">
        The other leaders answer the same questions on their own. Where your answers and theirs part
        ways is one of the things the assessment looks at, so answer for yourself.
      </p>

      <ul className="text-ink mt-6 space-y-3">
        {[
          `${total} questions in ${sections.length} sections; most people need 10 to 15 minutes.`,
          "Each answer is stored as soon as you give it. You can stop at any point and come back through the same link.",
          "Describe how things work today, not how they are meant to work. A frank answer helps more than a flattering one.",
          "Each question has room for a note on the evidence behind your answer. Notes are optional; they make the assessment sharper.",
          "Your answers count once you press “Send my answers” at the end; until then you can change any of them.",
        ].map((line) => (
          <li key={line} className="flex gap-3">
            <span aria-hidden="true" className="bg-brand-600 mt-2 size-1.5 shrink-0 rounded-full" />
            <span>{line}</span>
          </li>
        ))}
      </ul>

      <p className="text-muted mt-6 text-sm">
        The sections: {sections.map((s) => s.shortName).join(", ")}.
      </p>
      {answered > 0 ? (
        <p className="text-ink mt-2 text-sm font-medium">
          You have answered {answered} of {total} so far.
        </p>
      ) : null}

      <div className="mt-8">
        <Button size="lg" onClick={onStart} className="w-full sm:w-auto">
          {answered > 0 ? "Continue where you left off" : "Start answering"}
        </Button>
      </div>
    </AnsweringCard>
  );
}
