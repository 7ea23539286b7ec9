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
  amount: number | null;
  currency: string | null;
  createdAt: Date;
  closedAt: Date | null;
  status: OpportunityStatus;
};

/** An opportunity entering a stage. It leaves at its next event, or when it closes. */
export type StageEvent = {
  opportunityId: string;
  stage: string;
  enteredAt: Date;
};

export type PipelineData = {
  stages: StageDefinition[];
  opportunities: Opportunity[];
  events: StageEvent[];
};
