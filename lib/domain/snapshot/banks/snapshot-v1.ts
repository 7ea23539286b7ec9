import type { SnapshotBank } from "../types";

/**
 * The Snapshot, first edition: eight questions per fracture, answered separately by each leader.
 * Questions ask about things a leader can observe or count, so disagreement between leaders points
 * at what each one sees rather than at taste. Options run from healthiest (leak 0) to most broken
 * (leak 1). Never edit a published bank in place: stored responses refer to it by version.
 */
export const snapshotV1: SnapshotBank = {
  version: "snapshot-v1",
  questions: [
    // ── Positioning ──
    {
      id: "pos-written-position",
      fracture: "POSITIONING",
      prompt:
        "Is there one document stating whom you serve best, what no rival matches, and the proof a buyer can check?",
      weights: { POSITIONING: 1 },
      evidencePrompt: "Where does that document live, and when was it last revised?",
      options: [
        {
          id: "a",
          label: "Yes, revised in the last year and used by marketing and sales",
          leak: 0,
        },
        { id: "b", label: "Yes, but it is over two years old or rarely opened", leak: 0.4 },
        { id: "c", label: "Fragments sit in decks and web copy, never in one place", leak: 0.7 },
        { id: "d", label: "No; it lives in the founders' heads", leak: 1 },
      ],
    },
    {
      id: "pos-industry-pages",
      fracture: "POSITIONING",
      prompt:
        "How many of your target industries have their own web page, with that industry's customers, proof and vocabulary?",
      help: "A buyer who finds only generic content assumes a generalist.",
      weights: { POSITIONING: 1, MARKETING: 0.3 },
      evidencePrompt: "Which page addresses cover those industries?",
      options: [
        { id: "a", label: "Every target industry", leak: 0 },
        { id: "b", label: "Most, though some are generic text with the name swapped", leak: 0.35 },
        { id: "c", label: "One or two; the rest share a general page", leak: 0.7 },
        { id: "d", label: "None: every industry leads to the same content", leak: 1 },
      ],
    },
    {
      id: "pos-homepage-niche",
      fracture: "POSITIONING",
      prompt:
        "Could a buyer tell from your homepage alone which niche you are strongest in, and why?",
      weights: { POSITIONING: 1 },
      evidencePrompt: "What does the homepage headline say today?",
      options: [
        { id: "a", label: "Yes: the niche and its proof are the first thing on the page", leak: 0 },
        { id: "b", label: "It is mentioned, below broader claims", leak: 0.35 },
        { id: "c", label: "Only on a page a buyer would have to hunt for", leak: 0.7 },
        { id: "d", label: "No; the homepage reads like a general provider", leak: 1 },
      ],
    },
    {
      id: "pos-five-people-test",
      fracture: "POSITIONING",
      prompt:
        "Ask five of your people, one at a time, why a buyer should choose you over the nearest rival. How many give the same reason?",
      weights: { POSITIONING: 1, MESSAGING: 0.4 },
      evidencePrompt: "Whom did you ask, and what did they say?",
      options: [
        { id: "a", label: "All five, with proof a buyer could verify", leak: 0 },
        { id: "b", label: "Three or four", leak: 0.35 },
        { id: "c", label: "One or two; the rest fall back on people and service", leak: 0.7 },
        { id: "d", label: "Five different reasons", leak: 1 },
      ],
    },
    {
      id: "pos-third-party-proof",
      fracture: "POSITIONING",
      prompt: "How many published case studies or reviews confirm the specific strength you claim?",
      weights: { POSITIONING: 1, RELATIONSHIPS: 0.3 },
      evidencePrompt: "Where are they published, and which customers are named?",
      options: [
        { id: "a", label: "Several per target industry, with customers named", leak: 0 },
        { id: "b", label: "A handful, mostly anonymous", leak: 0.35 },
        { id: "c", label: "One or two, on a general theme", leak: 0.7 },
        { id: "d", label: "None we could send a buyer to", leak: 1 },
      ],
    },
    {
      id: "pos-rival-sites",
      fracture: "POSITIONING",
      prompt:
        "Open your website beside those of your three closest rivals. How different does yours read?",
      weights: { POSITIONING: 1 },
      evidencePrompt: "Which rivals did you compare, and when?",
      options: [
        { id: "a", label: "A clearly different claim, audience and proof", leak: 0 },
        { id: "b", label: "Some differences of emphasis", leak: 0.35 },
        { id: "c", label: "Much the same claims in other words", leak: 0.7 },
        { id: "d", label: "Swap the logos and nobody would notice", leak: 1 },
      ],
    },
    {
      id: "pos-loss-reasons",
      fracture: "POSITIONING",
      prompt: "When you lose a deal, which reason does the buyer give most often?",
      help: "Buyers push hardest on price with vendors they cannot tell apart.",
      weights: { POSITIONING: 1, MESSAGING: 0.3 },
      evidencePrompt: "Which report lists last quarter's loss reasons?",
      options: [
        { id: "a", label: "A specific fit or timing reason, recorded for each loss", leak: 0 },
        { id: "b", label: "A mix of reasons, recorded for most losses", leak: 0.3 },
        { id: "c", label: "Mostly price", leak: 0.7 },
        { id: "d", label: "We do not know; loss reasons go unrecorded", leak: 1 },
      ],
    },
    {
      id: "pos-last-revision",
      fracture: "POSITIONING",
      prompt:
        "When was your positioning last revised with input from sales and from recent buyers?",
      weights: { POSITIONING: 1, MESSAGING: 0.3 },
      evidencePrompt: "What changed in that revision, and who took part?",
      options: [
        { id: "a", label: "Within the last twelve months", leak: 0 },
        { id: "b", label: "One to two years ago", leak: 0.35 },
        { id: "c", label: "Three or more years ago", leak: 0.7 },
        { id: "d", label: "Never on purpose; it grew by accident", leak: 1 },
      ],
    },

    // ── Marketing ──
    {
      id: "mkt-program-brief",
      fracture: "MARKETING",
      prompt: "Before a marketing program gets budget, what must it commit to in writing?",
      help: "A program that names no deal cannot be held to one.",
      weights: { MARKETING: 1 },
      topics: ["marketing-accountability"],
      evidencePrompt: "Which recent program brief shows this?",
      options: [
        { id: "a", label: "Deal type, deal size, cycle length and expected conversion", leak: 0 },
        { id: "b", label: "A pipeline or revenue figure, without deal detail", leak: 0.35 },
        { id: "c", label: "A count of leads or MQLs", leak: 0.65 },
        { id: "d", label: "Reach or engagement goals, or nothing at all", leak: 1 },
      ],
    },
    {
      id: "mkt-activity-to-deals",
      fracture: "MARKETING",
      prompt:
        "What share of last quarter's marketing activities can you link to a named opportunity in the CRM?",
      weights: { MARKETING: 1, SILOS: 0.3 },
      topics: ["marketing-accountability"],
      evidencePrompt: "Which CRM report shows that link?",
      options: [
        { id: "a", label: "Over half, and the link is reviewed monthly", leak: 0 },
        { id: "b", label: "Between a quarter and a half", leak: 0.3 },
        { id: "c", label: "Under a quarter", leak: 0.65 },
        { id: "d", label: "Almost none, or we cannot tell", leak: 1 },
      ],
    },
    {
      id: "mkt-board-report",
      fracture: "MARKETING",
      prompt: "What does marketing's page in the board pack report?",
      weights: { MARKETING: 1 },
      topics: ["marketing-accountability"],
      evidencePrompt: "Which board pack or slide is this from?",
      options: [
        { id: "a", label: "Qualified pipeline and won revenue by source, against plan", leak: 0 },
        { id: "b", label: "MQLs, with an estimate of the pipeline they created", leak: 0.35 },
        { id: "c", label: "Leads, traffic and campaign counts", leak: 0.7 },
        { id: "d", label: "A list of what the team did", leak: 1 },
      ],
    },
    {
      id: "mkt-source-quality",
      fracture: "MARKETING",
      prompt:
        "For each lead source, do you know the win rate and the revenue won, rather than lead counts?",
      weights: { MARKETING: 1, SILOS: 0.3 },
      topics: ["marketing-accountability"],
      evidencePrompt: "Which report breaks won revenue down by source?",
      options: [
        { id: "a", label: "Yes, and marketing and sales review it each month", leak: 0 },
        { id: "b", label: "Yes, but it is pulled once or twice a year", leak: 0.35 },
        { id: "c", label: "Only lead volume per source", leak: 0.7 },
        { id: "d", label: "The source is not recorded reliably", leak: 1 },
      ],
    },
    {
      id: "mkt-handoff-fields",
      fracture: "MARKETING",
      prompt:
        "Which facts must be on a lead before marketing may pass it to sales, and does the CRM enforce them?",
      help: "Sales cannot judge a lead it knows nothing about.",
      weights: { MARKETING: 1, SILOS: 0.5 },
      topics: ["handoff"],
      evidencePrompt: "Where is the list of required facts written down?",
      options: [
        { id: "a", label: "Fit, need, the buyer's role and timing; the CRM blocks gaps", leak: 0 },
        { id: "b", label: "A list exists, but leads pass without it", leak: 0.35 },
        { id: "c", label: "Contact details and the campaign it came from", leak: 0.7 },
        { id: "d", label: "Nothing: any form fill goes straight to sales", leak: 1 },
      ],
    },
    {
      id: "mkt-leads-meet-definition",
      fracture: "MARKETING",
      prompt:
        "Of the leads marketing passed last quarter, what share met the written standard for a qualified opportunity?",
      weights: { MARKETING: 1, SILOS: 0.5 },
      topics: ["qualified-definition"],
      evidencePrompt: "Who counted them, and where is the count?",
      options: [
        { id: "a", label: "Most, and sales agrees with the count", leak: 0 },
        { id: "b", label: "About half", leak: 0.35 },
        { id: "c", label: "A minority", leak: 0.7 },
        { id: "d", label: "Unknown: there is no written standard to check against", leak: 1 },
      ],
    },
    {
      id: "mkt-rejected-leads",
      fracture: "MARKETING",
      prompt: "What happens to a lead that sales sends back as not ready to buy?",
      weights: { MARKETING: 1, SILOS: 0.5 },
      topics: ["handoff"],
      evidencePrompt:
        "How many returned leads were nurtured last quarter, and where is that counted?",
      options: [
        { id: "a", label: "It joins a named nurture track with a date to check again", leak: 0 },
        { id: "b", label: "Marketing sees it come back, but nothing set follows", leak: 0.35 },
        { id: "c", label: "It sits in the CRM untouched", leak: 0.7 },
        { id: "d", label: "Returned leads are not tracked at all", leak: 1 },
      ],
    },
    {
      id: "mkt-content-use",
      fracture: "MARKETING",
      prompt:
        "Of the case studies and guides marketing produced last year, how many have reps sent to buyers?",
      weights: { MARKETING: 1, SILOS: 0.4 },
      evidencePrompt: "Where is content use by reps tracked?",
      options: [
        { id: "a", label: "Most, and we can see which deals they touched", leak: 0 },
        { id: "b", label: "Some, mostly a few favourites", leak: 0.35 },
        { id: "c", label: "Hardly any", leak: 0.7 },
        { id: "d", label: "We have no idea", leak: 1 },
      ],
    },

    // ── Sales message ──
    {
      id: "msg-three-reps",
      fracture: "MESSAGING",
      prompt:
        "Listen to three reps on calls with similar buyers. What does each of them lead with?",
      weights: { MESSAGING: 1, POSITIONING: 0.3 },
      topics: ["message-system"],
      evidencePrompt: "Which calls did you listen to, and when?",
      options: [
        { id: "a", label: "The same point of view and proof, each in their own words", leak: 0 },
        { id: "b", label: "Mostly the same story, with personal twists", leak: 0.3 },
        { id: "c", label: "A different strength each: price, service or technology", leak: 0.75 },
        { id: "d", label: "Whatever each rep guesses the buyer wants", leak: 1 },
      ],
    },
    {
      id: "msg-message-guide",
      fracture: "MESSAGING",
      prompt:
        "Is there a written message guide: point of view, why it matters to the buyer, proof, and objection answers?",
      weights: { MESSAGING: 1 },
      topics: ["message-system"],
      evidencePrompt: "Where is the guide, and what date is on it?",
      options: [
        { id: "a", label: "Yes, all four parts, updated within the last quarter", leak: 0 },
        { id: "b", label: "Yes, but not updated for more than a year", leak: 0.4 },
        { id: "c", label: "Partly: a deck and scattered notes", leak: 0.7 },
        { id: "d", label: "No", leak: 1 },
      ],
    },
    {
      id: "msg-objections",
      fracture: "MESSAGING",
      prompt:
        "For your five most frequent objections, does every rep use the same written, tested answer?",
      weights: { MESSAGING: 1 },
      topics: ["message-system"],
      evidencePrompt: "Where are the objections and answers written down?",
      options: [
        { id: "a", label: "Yes, for all five, revised from recent calls", leak: 0 },
        { id: "b", label: "For some of them", leak: 0.35 },
        { id: "c", label: "Each rep answers in their own way", leak: 0.7 },
        { id: "d", label: "We have never listed the common objections", leak: 1 },
      ],
    },
    {
      id: "msg-new-seller",
      fracture: "MESSAGING",
      prompt: "How does a seller hired this quarter learn what to say to buyers?",
      weights: { MESSAGING: 1 },
      topics: ["message-system"],
      evidencePrompt: "What did the most recent hire receive in their first month?",
      options: [
        {
          id: "a",
          label: "From the current guide, then checked on real calls in month one",
          leak: 0,
        },
        { id: "b", label: "From a guide more than a year old", leak: 0.4 },
        { id: "c", label: "By shadowing experienced reps", leak: 0.7 },
        { id: "d", label: "They work it out alone", leak: 1 },
      ],
    },
    {
      id: "msg-win-rate-trend",
      fracture: "MESSAGING",
      prompt: "How has the win rate on qualified opportunities moved over the last 18 months?",
      help: "A message problem shows as a slow slide rather than a sudden drop.",
      weights: { MESSAGING: 1, POSITIONING: 0.3 },
      evidencePrompt: "Which report shows the win rate by quarter?",
      options: [
        { id: "a", label: "Up, and we know why", leak: 0 },
        { id: "b", label: "About flat", leak: 0.35 },
        { id: "c", label: "Down by a few points", leak: 0.7 },
        { id: "d", label: "Down sharply, or nobody tracks it", leak: 1 },
      ],
    },
    {
      id: "msg-price-losses",
      fracture: "MESSAGING",
      prompt: "Of your last ten closed deals, how many turned on price alone?",
      weights: { MESSAGING: 1, POSITIONING: 0.4 },
      evidencePrompt: "Which deals were they?",
      options: [
        { id: "a", label: "One or none", leak: 0 },
        { id: "b", label: "Two or three", leak: 0.35 },
        { id: "c", label: "About half", leak: 0.7 },
        { id: "d", label: "Most of them, or we do not know", leak: 1 },
      ],
    },
    {
      id: "msg-proposal-proof",
      fracture: "MESSAGING",
      prompt: "Of your last ten proposals, how many carried proof from the buyer's own industry?",
      weights: { MESSAGING: 1, POSITIONING: 0.3 },
      topics: ["message-system"],
      evidencePrompt: "Which proposals did you check?",
      options: [
        { id: "a", label: "Nearly all", leak: 0 },
        { id: "b", label: "About half", leak: 0.35 },
        { id: "c", label: "A few", leak: 0.7 },
        { id: "d", label: "None, or nobody has checked", leak: 1 },
      ],
    },
    {
      id: "msg-refresh",
      fracture: "MESSAGING",
      prompt: "How often is the sales message reviewed against what buyers actually said on calls?",
      weights: { MESSAGING: 1 },
      topics: ["message-system"],
      evidencePrompt: "When was the last review, and what did it change?",
      options: [
        { id: "a", label: "Every quarter, using notes from won and lost deals", leak: 0 },
        { id: "b", label: "About once a year", leak: 0.4 },
        { id: "c", label: "Only after something goes wrong", leak: 0.7 },
        { id: "d", label: "Never", leak: 1 },
      ],
    },

    // ── Relationships ──
    {
      id: "rel-best-seller-leaves",
      fracture: "RELATIONSHIPS",
      prompt:
        "Your best seller resigns this week. How much of the open pipeline is at risk of leaving with her?",
      weights: { RELATIONSHIPS: 1 },
      topics: ["relationship-spread"],
      evidencePrompt: "Which of her open deals have a second contact who knows the company?",
      options: [
        { id: "a", label: "Little: each deal has several contacts who know the company", leak: 0 },
        { id: "b", label: "A few deals", leak: 0.35 },
        { id: "c", label: "Many would stall", leak: 0.7 },
        { id: "d", label: "Several would follow her to her next employer", leak: 1 },
      ],
    },
    {
      id: "rel-top-owner-share",
      fracture: "RELATIONSHIPS",
      prompt: "What share of open pipeline value sits with your single largest deal owner?",
      weights: { RELATIONSHIPS: 1 },
      topics: ["relationship-spread"],
      evidencePrompt: "Which CRM report shows pipeline value by owner?",
      options: [
        { id: "a", label: "Under 20%", leak: 0 },
        { id: "b", label: "Between 20% and 30%", leak: 0.35 },
        { id: "c", label: "Between 30% and 45%", leak: 0.7 },
        { id: "d", label: "Over 45%, or we have never looked", leak: 1 },
      ],
    },
    {
      id: "rel-account-contacts",
      fracture: "RELATIONSHIPS",
      prompt:
        "In your ten largest accounts, how many people on the customer's side know your company well?",
      weights: { RELATIONSHIPS: 1 },
      topics: ["relationship-spread"],
      evidencePrompt: "Where are those contacts recorded?",
      options: [
        { id: "a", label: "Three or more per account, named in an account plan", leak: 0 },
        { id: "b", label: "Two in most accounts", leak: 0.35 },
        { id: "c", label: "One in most accounts", leak: 0.7 },
        { id: "d", label: "Often one, and sometimes that person has left", leak: 1 },
      ],
    },
    {
      id: "rel-account-plans",
      fracture: "RELATIONSHIPS",
      prompt:
        "How many key accounts have a written plan naming several stakeholders and a next step with each?",
      weights: { RELATIONSHIPS: 1 },
      evidencePrompt: "Which account plan is the most recent?",
      options: [
        { id: "a", label: "All of them, reviewed each quarter", leak: 0 },
        { id: "b", label: "Most of them", leak: 0.35 },
        { id: "c", label: "A few", leak: 0.7 },
        { id: "d", label: "None", leak: 1 },
      ],
    },
    {
      id: "rel-founder-accounts",
      fracture: "RELATIONSHIPS",
      prompt:
        "How many of your largest customers are held mainly by a founder or a long-serving executive?",
      weights: { RELATIONSHIPS: 1 },
      topics: ["relationship-spread"],
      evidencePrompt: "Which accounts, and who else there knows the customer?",
      options: [
        { id: "a", label: "None hinge on one person", leak: 0 },
        { id: "b", label: "One or two, with successors already introduced", leak: 0.35 },
        { id: "c", label: "Several, with no successor introduced", leak: 0.7 },
        { id: "d", label: "The biggest ones, and nobody else knows the buyer", leak: 1 },
      ],
    },
    {
      id: "rel-single-threaded",
      fracture: "RELATIONSHIPS",
      prompt: "Of your open opportunities, how many have only one contact at the buyer?",
      help: "One contact means one resignation away from a lost deal.",
      weights: { RELATIONSHIPS: 1 },
      topics: ["relationship-spread"],
      evidencePrompt: "How did you count them?",
      options: [
        { id: "a", label: "Under a fifth", leak: 0 },
        { id: "b", label: "About a third", leak: 0.35 },
        { id: "c", label: "About half", leak: 0.7 },
        { id: "d", label: "Most, or the CRM cannot tell us", leak: 1 },
      ],
    },
    {
      id: "rel-reference-calls",
      fracture: "RELATIONSHIPS",
      prompt: "How many customers would take a reference call from a prospect this month?",
      weights: { RELATIONSHIPS: 1, POSITIONING: 0.3 },
      evidencePrompt: "Who are they, and when did each last take such a call?",
      options: [
        { id: "a", label: "Five or more, named and willing", leak: 0 },
        { id: "b", label: "Two to four", leak: 0.35 },
        { id: "c", label: "One", leak: 0.7 },
        { id: "d", label: "None we could ask without calling in a favour", leak: 1 },
      ],
    },
    {
      id: "rel-leadership-presence",
      fracture: "RELATIONSHIPS",
      prompt:
        "Where can a buyer hear your leadership's view of their problems without meeting a seller?",
      weights: { RELATIONSHIPS: 1, POSITIONING: 0.3 },
      evidencePrompt: "Which articles, talks or interviews from the last six months?",
      options: [
        { id: "a", label: "Regular articles, talks or interviews on buyers' issues", leak: 0 },
        { id: "b", label: "Occasional posts", leak: 0.35 },
        { id: "c", label: "Company news only", leak: 0.7 },
        { id: "d", label: "Nowhere", leak: 1 },
      ],
    },

    // ── Silos ──
    {
      id: "sil-definition-signed",
      fracture: "SILOS",
      prompt:
        "Is your standard for a qualified opportunity written down and signed by both the marketing and sales heads?",
      help: "A standard drafted by one side alone is quietly ignored by the other.",
      weights: { SILOS: 1, MARKETING: 0.3 },
      topics: ["qualified-definition"],
      evidencePrompt: "Where is the signed copy, and what date is on it?",
      options: [
        { id: "a", label: "Yes, signed by both and reviewed within the last year", leak: 0 },
        { id: "b", label: "Written by one side; the other disputes it", leak: 0.4 },
        { id: "c", label: "Each team works to its own standard", leak: 0.75 },
        { id: "d", label: "Nothing is written", leak: 1 },
      ],
    },
    {
      id: "sil-definition-tests",
      fracture: "SILOS",
      prompt: "What must be true of a deal for it to count as qualified?",
      weights: { SILOS: 1, MARKETING: 0.3 },
      topics: ["qualified-definition"],
      evidencePrompt: "Which CRM fields hold that evidence?",
      options: [
        {
          id: "a",
          label: "Budget, buying authority, a live problem and a credible timeline, each shown",
          leak: 0,
        },
        { id: "b", label: "Most of those, loosely checked", leak: 0.35 },
        { id: "c", label: "Company size or job title only", leak: 0.7 },
        { id: "d", label: "Whatever the rep feels", leak: 1 },
      ],
    },
    {
      id: "sil-definition-thresholds",
      fracture: "SILOS",
      prompt:
        "Does the standard set its own thresholds per segment, region or deal size, on the same logic?",
      weights: { SILOS: 1 },
      topics: ["qualified-definition"],
      evidencePrompt: "Which thresholds apply to your largest segment?",
      options: [
        { id: "a", label: "Yes: one logic, written thresholds per segment", leak: 0 },
        { id: "b", label: "One threshold for all, though our segments differ", leak: 0.35 },
        { id: "c", label: "Thresholds depend on who is judging", leak: 0.7 },
        { id: "d", label: "There are no thresholds", leak: 1 },
      ],
    },
    {
      id: "sil-follow-up-hours",
      fracture: "SILOS",
      prompt:
        "When a qualified lead reaches sales, what must sales do with it, and within how many hours?",
      weights: { SILOS: 1, MARKETING: 0.3 },
      topics: ["handoff"],
      evidencePrompt: "Which report shows the hours from handoff to first contact?",
      options: [
        {
          id: "a",
          label: "A named first step within an agreed time, measured in the CRM",
          leak: 0,
        },
        { id: "b", label: "A time is agreed, but nobody measures it", leak: 0.35 },
        { id: "c", label: "Reps follow up when they can", leak: 0.7 },
        { id: "d", label: "There is no expectation", leak: 1 },
      ],
    },
    {
      id: "sil-rejection",
      fracture: "SILOS",
      prompt: "When sales turns a lead down, what is recorded, and who looks at it?",
      weights: { SILOS: 1, MARKETING: 0.3 },
      topics: ["handoff"],
      evidencePrompt: "What were last month's top rejection reasons?",
      options: [
        {
          id: "a",
          label: "A reason from an agreed list, reviewed monthly with marketing",
          leak: 0,
        },
        { id: "b", label: "A reason, sometimes", leak: 0.35 },
        { id: "c", label: "Nothing; the lead is simply ignored", leak: 0.7 },
        { id: "d", label: "Leads cannot be turned down in the CRM; they go stale", leak: 1 },
      ],
    },
    {
      id: "sil-joint-review",
      fracture: "SILOS",
      prompt:
        "How often do the marketing and sales heads go through one pipeline report together with the CEO?",
      weights: { SILOS: 1, MARKETING: 0.2 },
      topics: ["joint-review"],
      evidencePrompt: "When was the last such meeting, and what did it decide?",
      options: [
        {
          id: "a",
          label: "Every two weeks or more; unclear deals are advanced or closed",
          leak: 0,
        },
        { id: "b", label: "Monthly, or when someone asks", leak: 0.35 },
        { id: "c", label: "Quarterly or less", leak: 0.7 },
        { id: "d", label: "Never; each brings its own numbers", leak: 1 },
      ],
    },
    {
      id: "sil-one-scoreboard",
      fracture: "SILOS",
      prompt:
        "Last quarter, did marketing and sales report the same figure for qualified pipeline?",
      weights: { SILOS: 1 },
      topics: ["joint-review"],
      evidencePrompt: "Which two reports did you compare?",
      options: [
        { id: "a", label: "Yes: one scoreboard that both defend", leak: 0 },
        { id: "b", label: "Close, after reconciling by hand", leak: 0.35 },
        { id: "c", label: "Different figures, explained away", leak: 0.7 },
        { id: "d", label: "Different figures, and nobody tried to reconcile them", leak: 1 },
      ],
    },
    {
      id: "sil-stale-deals",
      fracture: "SILOS",
      prompt:
        "How many open deals have not changed stage in more than twice their stage's usual time?",
      help: "A pipeline nobody prunes reports hope as if it were revenue.",
      weights: { SILOS: 1, MESSAGING: 0.2 },
      topics: ["joint-review"],
      evidencePrompt: "Which report lists them, and who owns each?",
      options: [
        { id: "a", label: "Few, each with an owner and a decision date", leak: 0 },
        { id: "b", label: "Some, cleared at the next review", leak: 0.35 },
        { id: "c", label: "Many, kept to make the pipeline look full", leak: 0.7 },
        { id: "d", label: "We cannot tell", leak: 1 },
      ],
    },
  ],
};
