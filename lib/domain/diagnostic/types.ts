import type { FractureKey } from "./fractures";

export type DiagnosticOption = {
  id: string;
  label: string;
  /** 0 = healthy, 1 = broken. */
  leak: number;
};

export type DiagnosticQuestion = {
  id: string;
  prompt: string;
  /** One short sentence on why the question matters. */
  help?: string;
  /** Ordered from healthiest to most broken. */
  options: DiagnosticOption[];
  /** How much this answer counts towards each fracture it measures. */
  weights: Partial<Record<FractureKey, number>>;
};

export type DiagnosticBank = {
  version: string;
  questions: DiagnosticQuestion[];
};

export type FractureScore = { key: FractureKey; score: number };

export type DiagnosticResult = {
  version: string;
  /** In chain order; score 0–100, higher leaks more. */
  fractures: FractureScore[];
  /** The costliest fracture, or null when every score is below the threshold. */
  primary: FractureKey | null;
};
