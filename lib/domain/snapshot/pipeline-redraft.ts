import type { AssessmentSection, AssessmentSectionKey } from "./draft-assessment";

/** What a draft written before any pipeline is imported lacks, as the closing step warns. */
export const WITHOUT_PIPELINE =
  "No pipeline has been imported, so the draft cannot price any fracture in revenue per quarter or check what the leaders claim against the CRM.";

/** The sections whose text changes with the pipeline: the rest are written from the answers alone. */
export const PIPELINE_SECTIONS: readonly AssessmentSectionKey[] = [
  "summary",
  "fractures",
  "pipeline",
  "questions",
];

export type PipelineRedraft = {
  /** The draft with every unedited pipeline section replaced by its fresh text. */
  sections: AssessmentSection[];
  /** The record of generated text, updated for the redrafted sections; null when there was none. */
  generated: AssessmentSection[] | null;
  /** Pipeline sections the redraft changes, in draft order. */
  redrafted: AssessmentSection[];
  /** Pipeline sections left alone because the consultant edited them. */
  edited: AssessmentSection[];
};

/**
 * Redraft the pipeline sections nobody has edited. A section counts as edited when its text
 * differs from what the generator wrote for it; with no record of what was generated, every
 * section counts as edited, so a redraft never overwrites a consultant's words.
 */
export function pipelineRedraft(
  current: AssessmentSection[],
  generated: AssessmentSection[] | null,
  fresh: AssessmentSection[],
): PipelineRedraft {
  const before = new Map((generated ?? []).map((s) => [s.key, s.body]));
  const redrafted: AssessmentSection[] = [];
  const edited: AssessmentSection[] = [];
  const sections = current.map((section) => {
    const next = fresh.find((f) => f.key === section.key);
    if (!next || !PIPELINE_SECTIONS.includes(section.key) || next.body === section.body) {
      return section;
    }
    if (before.get(section.key) !== section.body) {
      edited.push(section);
      return section;
    }
    redrafted.push(next);
    return { ...section, body: next.body };
  });
  // An edited section keeps its old record: that difference is what marks it as edited.
  const record = (generated ?? []).map((g) => redrafted.find((r) => r.key === g.key) ?? g);
  return {
    sections,
    generated: generated === null ? null : record,
    redrafted,
    edited,
  };
}
