import type { FractureKey, FractureScore } from "@/lib/domain/diagnostic";
import type { DealMetrics, OwnerShare, SourceQuality, StageMetrics } from "@/lib/domain/pipeline";

export type SnapshotOption = {
  id: string;
  label: string;
  /** 0 = healthy, 1 = broken. */
  leak: number;
};

/**
 * What a question's answer can be checked against in the pipeline. Claims are read from the
 * questions by topic, not by id, so a later bank can reword or add questions without touching
 * the analysis.
 */
export type SnapshotTopic =
  | "handoff"
  | "qualified-definition"
  | "message-system"
  | "relationship-spread"
  | "marketing-accountability"
  | "joint-review";

export type SnapshotQuestion = {
  id: string;
  /** The section the question sits in; it always carries weight 1 in `weights`. */
  fracture: FractureKey;
  prompt: string;
  /** One short sentence on why the question matters. */
  help?: string;
  /** Ordered from healthiest to most broken. */
  options: SnapshotOption[];
  /** How much this answer counts towards each fracture it measures. */
  weights: Partial<Record<FractureKey, number>>;
  /** Asks for the note that backs the answer: a report, a document, a count. */
  evidencePrompt: string;
  topics?: SnapshotTopic[];
};

export type SnapshotBank = {
  version: string;
  questions: SnapshotQuestion[];
};

export type RespondentRole = "CEO" | "MARKETING" | "SALES" | "OTHER";

/** One leader's answers: an option id per question, and optional evidence notes per question. */
export type SnapshotResponse = {
  answers: Record<string, string>;
  evidence: Record<string, string>;
};

export type SnapshotRespondent = {
  role: RespondentRole;
  answers: Record<string, string>;
  evidence?: Record<string, string>;
};

export type RespondentScore = {
  role: RespondentRole;
  /** In chain order; 0–100, higher leaks more. */
  fractures: FractureScore[];
  primary: FractureKey | null;
};

/**
 * Pipeline figures as the pipeline module computes them. Coverage needs a revenue target and the
 * stale share needs a date, so either may be missing even when deals are known.
 */
export type PipelineFigures = {
  deals: DealMetrics;
  /** Open stages in pipeline order, as `stageMetrics` returns them. */
  stages: StageMetrics[];
  owners: OwnerShare[];
  sources?: SourceQuality[];
  coverageRatio?: number | null;
  /** Share of open opportunities that are stale, 0–1. */
  staleShare?: number | null;
};
