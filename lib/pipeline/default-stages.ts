import type { StageDefinition } from "./types";

/** The usual B2B pipeline. An event such as "quote sent" is not a stage. */
export const DEFAULT_STAGES: StageDefinition[] = [
  { key: "awareness", label: "Awareness", kind: "open", order: 1 },
  { key: "engagement", label: "Engagement", kind: "open", order: 2 },
  { key: "mql", label: "MQL", kind: "open", order: 3 },
  { key: "sql", label: "SQL", kind: "open", order: 4 },
  { key: "proposal", label: "Proposal", kind: "open", order: 5 },
  { key: "negotiation", label: "Negotiation", kind: "open", order: 6 },
  { key: "won", label: "Won", kind: "won", order: 7 },
  { key: "lost", label: "Lost", kind: "lost", order: 8 },
];

/** The stage from which an open opportunity counts as qualified. */
export const QUALIFIED_FROM_STAGE = "sql";
