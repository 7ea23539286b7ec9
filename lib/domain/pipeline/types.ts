/** Plain pipeline data: what a CRM export holds once mapped. Dates are Date objects. */

export type StageKind = "open" | "won" | "lost";

export type StageDefinition = {
  key: string;
  label: string;
  kind: StageKind;
  /** Position in the pipeline; later stages have higher numbers. Won and lost come last. */
  order: number;
  /** CRM stage labels that mean this stage, compared case-insensitively. */
  crmLabels?: string[];
};

export type OpportunityStatus = "open" | "won" | "lost";

export type Opportunity = {
  id: string;
  name: string;
  account: string | null;
  owner: string | null;
  source: string | null;
  segment: string | null;
  /**
   * In the organization's currency. Null when unknown: blank in the export, or written in another
   * currency with no rate given. Value figures leave unknown amounts out and count them.
   */
  amount: number | null;
  /** The currency the export wrote the amount in. */
  currency: string | null;
  /** When the deal was opened: its created date, or its earliest dated stage entry. */
  createdAt: Date | null;
  closedAt: Date | null;
  status: OpportunityStatus;
};

/**
 * An opportunity entering a stage. It leaves at its next entry. A deal's entries are ordered by
 * `seq`, not by date, because some entries have no date: a stage the deal must have passed
 * (docs/pipeline-model.md) that the export does not date.
 */
export type StageEvent = {
  opportunityId: string;
  stage: string;
  /** Null when the entry happened at an unknown time. */
  enteredAt: Date | null;
  /** Position in the deal's path, from 0. */
  seq: number;
  /** Dated at an import's as-of date because the export gave no date for a move it showed. */
  estimated?: boolean;
  /** A move to a stage earlier in the pipeline than the one before it. */
  back?: boolean;
};

export type PipelineData = {
  stages: StageDefinition[];
  opportunities: Opportunity[];
  events: StageEvent[];
};
