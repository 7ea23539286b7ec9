"use client";

import type { AnsweringSection } from "../answering-sections";

/** On the last step: every question still unanswered, each a link that takes you to it. */
export function MissingAnswers({
  sections,
  answers,
  numbers,
  onJump,
}: {
  sections: AnsweringSection[];
  answers: Record<string, string>;
  numbers: Map<string, number>;
  onJump: (questionId: string) => void;
}) {
  const groups = sections
    .map((section) => ({ section, questions: section.questions.filter((q) => !answers[q.id]) }))
    .filter((group) => group.questions.length > 0);
  const count = groups.reduce((sum, group) => sum + group.questions.length, 0);
  if (count === 0) return null;

  return (
    <section
      aria-labelledby="missing-answers-title"
      className="rounded-2xl border border-amber-200 bg-amber-50 p-4 sm:p-6"
    >
      <h2 id="missing-answers-title" className="text-base font-semibold text-amber-900">
        {count === 1 ? "One question is" : `${count} questions are`} still unanswered
      </h2>
      <p className="mt-1 text-sm text-amber-900">
        Your answers can be sent once every question has one. Notes can stay empty.
      </p>
      <div className="mt-4 space-y-4">
        {groups.map(({ section, questions }) => (
          <div key={section.key}>
            <h3 className="text-ink text-sm font-semibold">{section.shortName}</h3>
            <ul className="mt-1 space-y-1">
              {questions.map((q) => (
                <li key={q.id}>
                  <a
                    href={`#question-${q.id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      onJump(q.id);
                    }}
                    className="text-brand-700 block rounded py-1.5 text-sm underline-offset-4 hover:underline"
                  >
                    Question {numbers.get(q.id)}: {q.prompt}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
