import type { QualificationStandard } from "./standard";

/**
 * A first draft for a B2B company selling to other businesses, so the two leads argue over
 * wording rather than face a blank page. Every line is meant to be edited before signing.
 */
export const DEFAULT_STANDARD: QualificationStandard = {
  criteria: {
    budget:
      "The buyer has money earmarked for this kind of purchase in this fiscal year or the next, or can tell us who approves the spend and roughly how much they would approve.",
    authority:
      "We are in touch with the person who signs, or with someone who has named that person and the others the decision needs, and who can get us in front of them.",
    problem:
      "The buyer describes a concrete problem in their own words, can say what it costs them today, and someone on their side is responsible for fixing it.",
    timeline:
      "A decision is expected within the next two quarters, tied to a date or event the buyer named: a contract ending, a new site opening, a budget cycle, a season.",
  },
  thresholds: [
    {
      appliesTo: "Deals over $100k",
      rule: "An executive sponsor is named and has met us at least once; the budget is confirmed in writing or on a recorded call.",
    },
    {
      appliesTo: "Enterprise segment",
      rule: "Besides the sponsor, at least two other people involved in the decision are known by name and role.",
    },
    {
      appliesTo: "Existing customers",
      rule: "The timeline may run up to four quarters, since renewal dates set the pace of an expansion.",
    },
  ],
  handoff: {
    requiredBeforeHandoff: [
      "Company name, industry and approximate size (revenue or headcount)",
      "Contact's name, role and a working email or phone number",
      "The problem as the buyer put it: form answer, call notes or chat transcript",
      "Which of the four tests are confirmed and which are still assumptions",
      "Lead source and the most recent thing the contact engaged with",
    ],
    responseHours: 24,
    onRejection:
      "Sales records the rejection with one reason from the agreed list (no budget, wrong contact, no live problem, timing, outside our market) and a sentence of detail. Marketing reads every rejection within five working days and may ask once for a second look.",
    recycling:
      "Leads rejected for budget or timing return to nurture and come back to sales when they show fresh activity or after 90 days, whichever comes first. Leads outside our market leave the pipeline. Each review checks how many recycled leads came back qualified.",
  },
};
