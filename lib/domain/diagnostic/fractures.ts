/** The five fractures, in the order the revenue chain runs (and the order ties break towards). */
export const FRACTURES = [
  "POSITIONING",
  "MARKETING",
  "MESSAGING",
  "RELATIONSHIPS",
  "SILOS",
] as const;

export type FractureKey = (typeof FRACTURES)[number];

/**
 * The order to repair in, which is not the chain order: the message system is rebuilt right after
 * positioning, before marketing is made accountable, so marketing has a message to carry.
 */
export const REPAIR_ORDER: readonly FractureKey[] = [
  "POSITIONING",
  "MESSAGING",
  "MARKETING",
  "RELATIONSHIPS",
  "SILOS",
];

export type FractureInfo = {
  name: string;
  shortName: string;
  summary: string;
  explanation: string;
  firstRepairStep: string;
  signals: string[];
};

export const FRACTURE_INFO: Record<FractureKey, FractureInfo> = {
  POSITIONING: {
    name: "Positioning is not unified",
    shortName: "Positioning",
    summary: "Your website, your sellers and your proof each describe a different company.",
    explanation:
      "Buyers meet you three ways: the website before any call, the sales conversation, and what customers and third parties say about you. When those tell different stories, or all repeat what every rival claims, buyers file you as a generalist and shortlist someone else before you learn there was a deal. Every team downstream then works harder to make up for it.",
    firstRepairStep:
      "Write one page stating whom you serve better than anyone, what you do that no rival matches, and the proof a buyer can check. Then hold your homepage and your main industry pages against it, line by line.",
    signals: [
      "Every industry in the site menu leads to the same generic page",
      "The pitch leans on relationships and service, which every rival claims too",
      "Deep niche expertise that the homepage never mentions",
    ],
  },
  MARKETING: {
    name: "Marketing produces activity, not pipeline",
    shortName: "Marketing",
    summary: "Impressions, content and lead counts grow while the pipeline stays flat.",
    explanation:
      "The marketing team is busy and its dashboards look healthy, but little of the work can be traced to a documented deal. Programs start without a stated deal type, size or expected conversion, so nobody, the board included, can judge what marketing adds to revenue, and spend keeps flowing into the gap.",
    firstRepairStep:
      "Ask every marketing program, new or running, to state in writing the deal type, deal size, cycle length and conversion it should produce. Pause the ones that cannot answer.",
    signals: [
      "Under 2% of marketing activity tied to a documented deal",
      "Case studies and content that reps never send",
      "Board updates that list outputs instead of pipeline contribution",
    ],
  },
  MESSAGING: {
    name: "Sales has no message system",
    shortName: "Sales message",
    summary: "Each rep tells a private version of the company story.",
    explanation:
      "Without one documented point of view, proof and set of objection answers, sellers improvise: one leads with price, another with reliability, a third with technology. Buyers comparing vendors hear an inconsistent company and push on price. The cost arrives slowly as a falling win rate; one distributor watched it slide from 28% to 19% in a year and a half.",
    firstRepairStep:
      "Listen to three reps describe the company on real calls. Then have sales leadership write one message (point of view, why it matters, proof, answers to the five most common objections) and book its first quarterly refresh.",
    signals: [
      "Reps pitch different strengths to the same kind of buyer",
      "Positioning the reps rely on is years out of date",
      "Win rate drifting down while the market has not changed",
    ],
  },
  RELATIONSHIPS: {
    name: "Pipeline depends on individual relationships",
    shortName: "Relationships",
    summary: "Buyers trust a person on your team, not your company.",
    explanation:
      "When trust sits with one seller, a founder or a single contact at the customer, the pipeline is borrowed rather than owned. A resignation, a retirement or a reshuffle at the customer can take several deals with it in a week; in one case roughly $4.2M of opportunity followed a top seller to a competitor.",
    firstRepairStep:
      "List your ten largest open deals and key accounts with every person on the customer side who knows you. Any account with a single name gets an account plan and a second executive contact this quarter.",
    signals: [
      "Key accounts that hinge on one seller or a retired founder",
      "Deals with a single contact at the buyer",
      "Few published case studies or references willing to take a call",
    ],
  },
  SILOS: {
    name: "Marketing and sales work in separate silos",
    shortName: "Silos",
    summary: "Two scoreboards, two versions of the truth.",
    explanation:
      "Marketing reports its lead numbers, sales reports its wins, and both can be right while revenue suffers: one company saw marketing-qualified leads climb 41% in a quarter as won deals fell 12%. With no signed definition of a qualified opportunity and no shared review, each side distrusts the other's data and nobody owns the handoff.",
    firstRepairStep:
      "Put the heads of marketing and sales in a room with the CEO to agree a written definition of a qualified opportunity, then start a joint pipeline review against it every two weeks.",
    signals: [
      "Marketing and sales report different numbers for the same quarter",
      "No written definition of a qualified opportunity",
      "Content that marketing paid for and sales never uses",
    ],
  },
};
