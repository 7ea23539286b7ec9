import type { DiagnosticBank } from "../types";

/**
 * The Revenue Leak Diagnostic, first edition. Twelve questions about things a CEO can observe,
 * each option ordered from healthiest (leak 0) to most broken (leak 1). Each question has one
 * dominant fracture (weight 1) and at most two secondary ones. Never edit a published bank in
 * place: stored results refer to it by version. Add diagnostic-v2 beside it instead.
 */
export const diagnosticV1: DiagnosticBank = {
  version: "diagnostic-v1",
  questions: [
    {
      id: "q01-industry-pages",
      prompt:
        "A buyer from one of your target industries lands on your website. What do they find?",
      help: "Most buyers research online before they talk to a seller.",
      weights: { POSITIONING: 1, MARKETING: 0.3 },
      options: [
        {
          id: "a",
          label: "A page for their industry, with that industry's customers, proof and language",
          leak: 0,
        },
        {
          id: "b",
          label: "An industry page, but mostly generic text with the industry name swapped in",
          leak: 0.35,
        },
        {
          id: "c",
          label: "A list of industries that all lead to the same general content",
          leak: 0.7,
        },
        {
          id: "d",
          label: "No industries at all; the site presents us as a general provider",
          leak: 1,
        },
      ],
    },
    {
      id: "q02-why-us",
      prompt:
        "Ask five of your people why a customer should choose you over your closest rival. What do you hear?",
      weights: { POSITIONING: 1, MESSAGING: 0.4 },
      options: [
        {
          id: "a",
          label: "The same specific reason, backed by proof a buyer could check",
          leak: 0,
        },
        { id: "b", label: "Similar reasons in different words, with some proof", leak: 0.3 },
        { id: "c", label: "Mostly “our people, our service, our relationships”", leak: 0.7 },
        { id: "d", label: "Five different answers", leak: 1 },
      ],
    },
    {
      id: "q03-written-position",
      prompt:
        "Is there a written statement of whom you serve best, what only you do, and why buyers should believe it?",
      weights: { POSITIONING: 1 },
      options: [
        {
          id: "a",
          label: "Yes, revised within the last year and used by marketing and sales",
          leak: 0,
        },
        { id: "b", label: "Yes, but it is over two years old or few people use it", leak: 0.4 },
        {
          id: "c",
          label: "Pieces of it live in decks and on the website, never in one place",
          leak: 0.7,
        },
        { id: "d", label: "No; it lives in the founders' heads", leak: 1 },
      ],
    },
    {
      id: "q04-program-brief",
      prompt: "Before a new marketing program starts, what does it have to state in writing?",
      help: "A program that names no deal cannot be held to one.",
      weights: { MARKETING: 1, SILOS: 0.3 },
      options: [
        {
          id: "a",
          label: "The deal type, deal size, cycle length and conversion it should produce",
          leak: 0,
        },
        { id: "b", label: "A pipeline or revenue target, without the deal details", leak: 0.35 },
        { id: "c", label: "A target for leads or MQLs", leak: 0.6 },
        { id: "d", label: "Reach, impressions or engagement goals", leak: 0.8 },
        { id: "e", label: "Nothing; programs start on someone's judgment", leak: 1 },
      ],
    },
    {
      id: "q05-activity-to-deals",
      prompt:
        "What share of last quarter's marketing activity can you tie to a named deal in your CRM?",
      weights: { MARKETING: 1, SILOS: 0.3 },
      options: [
        { id: "a", label: "Most of it, and we review that link every month", leak: 0 },
        { id: "b", label: "Somewhere between a quarter and a half", leak: 0.3 },
        { id: "c", label: "A small share, under a quarter", leak: 0.65 },
        { id: "d", label: "Almost none, or we have no way to tell", leak: 1 },
      ],
    },
    {
      id: "q06-rep-pitch",
      prompt: "Listen to three of your reps pitch the same kind of buyer. What do they lead with?",
      weights: { MESSAGING: 1, POSITIONING: 0.3 },
      options: [
        { id: "a", label: "The same point of view and proof, each in their own words", leak: 0 },
        { id: "b", label: "Mostly the same story, with a few personal twists", leak: 0.3 },
        {
          id: "c",
          label: "Different strengths per rep: one price, one service, one technology",
          leak: 0.75,
        },
        { id: "d", label: "Whatever seems to work for that customer on the day", leak: 1 },
      ],
    },
    {
      id: "q07-new-seller",
      prompt: "How does a newly hired seller learn what to say to buyers?",
      weights: { MESSAGING: 1 },
      options: [
        {
          id: "a",
          label: "From a message guide with proof and objection answers, refreshed every quarter",
          leak: 0,
        },
        {
          id: "b",
          label: "From a guide that has not been updated for more than a year",
          leak: 0.4,
        },
        { id: "c", label: "By shadowing experienced reps", leak: 0.7 },
        { id: "d", label: "They work it out on their own", leak: 1 },
      ],
    },
    {
      id: "q08-win-rate",
      prompt: "How has your win rate on qualified deals moved over the last 18 months?",
      help: "A message problem usually shows as a slow slide, not a sudden drop.",
      weights: { MESSAGING: 1, RELATIONSHIPS: 0.3 },
      options: [
        { id: "a", label: "Up, and we can explain why", leak: 0 },
        { id: "b", label: "Roughly flat", leak: 0.35 },
        { id: "c", label: "Down by a few points", leak: 0.7 },
        { id: "d", label: "Down sharply, or we do not track it", leak: 1 },
      ],
    },
    {
      id: "q09-seller-leaves",
      prompt: "Your best seller resigns on Monday. What happens to her open deals?",
      weights: { RELATIONSHIPS: 1, MESSAGING: 0.2 },
      options: [
        {
          id: "a",
          label: "They carry on: each has several contacts who know the company, not only her",
          leak: 0,
        },
        { id: "b", label: "Most carry on; a few would be at risk", leak: 0.35 },
        { id: "c", label: "Many would stall or go quiet", leak: 0.7 },
        { id: "d", label: "Several would follow her to her next employer", leak: 1 },
      ],
    },
    {
      id: "q10-account-contacts",
      prompt:
        "In your ten largest accounts, how many people on the customer's side know your company well?",
      weights: { RELATIONSHIPS: 1 },
      options: [
        { id: "a", label: "Three or more per account, named in a written account plan", leak: 0 },
        { id: "b", label: "Two in most accounts", leak: 0.35 },
        { id: "c", label: "One in most accounts", leak: 0.7 },
        { id: "d", label: "Often one, and sometimes that person has retired or moved on", leak: 1 },
      ],
    },
    {
      id: "q11-qualified-definition",
      prompt: "Who owns the definition of a qualified opportunity?",
      weights: { SILOS: 1, MARKETING: 0.3 },
      options: [
        {
          id: "a",
          label: "Marketing and sales together: it is written down and both have signed it",
          leak: 0,
        },
        {
          id: "b",
          label: "It is written, but one team wrote it and the other disputes it",
          leak: 0.4,
        },
        { id: "c", label: "Each team works from its own definition", leak: 0.75 },
        { id: "d", label: "There is no written definition", leak: 1 },
      ],
    },
    {
      id: "q12-joint-review",
      prompt:
        "When did your heads of marketing and sales last go through the same pipeline report together?",
      weights: { SILOS: 1, MARKETING: 0.2 },
      options: [
        { id: "a", label: "In the last two weeks, at a standing review with the CEO", leak: 0 },
        { id: "b", label: "This quarter, but not on a fixed rhythm", leak: 0.35 },
        { id: "c", label: "More than three months ago", leak: 0.7 },
        { id: "d", label: "Never: each reports its own numbers separately", leak: 1 },
      ],
    },
  ],
};
