import { analyzeSnapshot } from "./analyze-snapshot";
import type { AttachedDiagnostic } from "./attached-diagnostic";
import type { DraftContext } from "./draft/draft-context";
import { fracturesSection } from "./draft/fractures-section";
import { perceptionSection } from "./draft/perception-section";
import { pipelineSection } from "./draft/pipeline-section";
import { planSection } from "./draft/plan-section";
import { questionsSection } from "./draft/questions-section";
import { summarySection } from "./draft/summary-section";
import type { PipelineFigures, SnapshotBank, SnapshotRespondent } from "./types";

export type AssessmentSectionKey =
  "summary" | "fractures" | "perception" | "pipeline" | "plan" | "questions";

/** Plain text with simple Markdown: paragraphs, "- " bullet lines and **bold**. */
export type AssessmentSection = { key: AssessmentSectionKey; title: string; body: string };

export type DraftAssessmentInput = {
  companyName: string;
  bank: SnapshotBank;
  respondents: SnapshotRespondent[];
  /** Null or absent when no pipeline was imported; the draft then says what it could not check. */
  pipeline?: PipelineFigures | null;
  /** The free diagnostic the Snapshot was bought after; the draft sets it beside the answers. */
  diagnostic?: AttachedDiagnostic | null;
};

const SECTIONS: {
  key: AssessmentSectionKey;
  title: string;
  write: (ctx: DraftContext) => string;
}[] = [
  { key: "summary", title: "Executive summary", write: summarySection },
  { key: "fractures", title: "The five fractures, ranked", write: fracturesSection },
  { key: "perception", title: "Where the leaders disagree", write: perceptionSection },
  { key: "pipeline", title: "What the pipeline shows", write: pipelineSection },
  { key: "plan", title: "A 90-day repair plan", write: planSection },
  { key: "questions", title: "Questions for the leadership meeting", write: questionsSection },
];

/**
 * The written assessment's first draft, for a consultant to edit before the CEO sees it. Every
 * number comes from the answers or the pipeline; where a figure is missing, the text says so.
 * Throws a ZodError when a response does not fit the bank.
 */
export function draftAssessment(input: DraftAssessmentInput): AssessmentSection[] {
  const company = input.companyName.trim();
  if (!company) throw new Error("The assessment needs the company's name.");
  const ctx: DraftContext = {
    company,
    bank: input.bank,
    respondents: input.respondents,
    analysis: analyzeSnapshot(input.bank, input.respondents, input.pipeline ?? null),
    diagnostic: input.diagnostic ?? null,
  };
  return SECTIONS.map(({ key, title, write }) => ({ key, title, body: write(ctx) }));
}
