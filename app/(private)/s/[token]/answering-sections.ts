import { FRACTURE_INFO, type FractureKey } from "@/lib/domain/diagnostic";
import type { SnapshotBank } from "@/lib/domain/snapshot";

/** A question as the respondent's browser sees it: no weights, no leak values, no topics. */
export type AnsweringQuestion = {
  id: string;
  prompt: string;
  help?: string;
  evidencePrompt: string;
  options: { id: string; label: string }[];
};

/** One step of the questionnaire: a fracture's questions, in bank order. */
export type AnsweringSection = {
  key: FractureKey;
  name: string;
  shortName: string;
  summary: string;
  questions: AnsweringQuestion[];
};

/** The bank grouped into sections in the order its questions come, stripped for the browser. */
export function answeringSections(bank: SnapshotBank): AnsweringSection[] {
  const sections = new Map<FractureKey, AnsweringSection>();
  for (const question of bank.questions) {
    let section = sections.get(question.fracture);
    if (!section) {
      const info = FRACTURE_INFO[question.fracture];
      section = {
        key: question.fracture,
        name: info.name,
        shortName: info.shortName,
        summary: info.summary,
        questions: [],
      };
      sections.set(question.fracture, section);
    }
    section.questions.push({
      id: question.id,
      prompt: question.prompt,
      ...(question.help ? { help: question.help } : {}),
      evidencePrompt: question.evidencePrompt,
      options: question.options.map((o) => ({ id: o.id, label: o.label })),
    });
  }
  return [...sections.values()];
}
