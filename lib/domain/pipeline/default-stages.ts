import type { StageDefinition } from "./types";

/**
 * The usual B2B pipeline, with the default stage labels of HubSpot's sales pipeline and of
 * Salesforce mapped onto it. An event such as "quote sent" is not a stage.
 */
export const DEFAULT_STAGES: StageDefinition[] = [
  {
    key: "awareness",
    label: "Awareness",
    kind: "open",
    order: 1,
    crmLabels: ["Prospecting", "Lead", "Subscriber"],
  },
  {
    key: "engagement",
    label: "Engagement",
    kind: "open",
    order: 2,
    crmLabels: ["Appointment Scheduled", "appointmentscheduled"],
  },
  {
    key: "mql",
    label: "MQL",
    kind: "open",
    order: 3,
    crmLabels: ["Marketing Qualified Lead", "marketingqualifiedlead"],
  },
  {
    key: "sql",
    label: "SQL",
    kind: "open",
    order: 4,
    crmLabels: [
      "Sales Qualified Lead",
      "Qualified To Buy",
      "qualifiedtobuy",
      "Qualification",
      "Needs Analysis",
    ],
  },
  {
    key: "proposal",
    label: "Proposal",
    kind: "open",
    order: 5,
    crmLabels: [
      "Presentation Scheduled",
      "presentationscheduled",
      "Decision Maker Bought-In",
      "decisionmakerboughtin",
      "Value Proposition",
      "Id. Decision Makers",
      "Perception Analysis",
      "Proposal/Price Quote",
    ],
  },
  {
    key: "negotiation",
    label: "Negotiation",
    kind: "open",
    order: 6,
    crmLabels: ["Contract Sent", "contractsent", "Negotiation/Review"],
  },
  { key: "won", label: "Won", kind: "won", order: 7, crmLabels: ["Closed Won", "closedwon"] },
  { key: "lost", label: "Lost", kind: "lost", order: 8, crmLabels: ["Closed Lost", "closedlost"] },
];

/** The stage from which an open opportunity counts as qualified. */
export const QUALIFIED_FROM_STAGE = "sql";
