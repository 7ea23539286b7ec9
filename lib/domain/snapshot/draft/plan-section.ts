import {
  FRACTURE_INFO,
  PRIMARY_THRESHOLD,
  REPAIR_ORDER,
  type FractureKey,
} from "@/lib/domain/diagnostic";
import {
  blocks,
  bullets,
  leadersDisagree,
  listOf,
  roleViews,
  short,
  type DraftContext,
} from "./draft-context";

/** Three four-week blocks: enough to finish one repair's first pass before the next starts. */
const BLOCKS = ["Weeks 1–4", "Weeks 5–8", "Weeks 9–12"] as const;

/** What the first pass of each repair does in four weeks, and the figure that shows it working. */
export const REPAIR_ACTIONS: Record<FractureKey, { actions: string[]; watch: string }> = {
  POSITIONING: {
    actions: [
      "Write the one-page position: whom you serve best, what no rival matches, and the proof.",
      "Rewrite the homepage and the page for the largest target industry against it.",
      "Secure two case studies with named customers that prove the claim.",
    ],
    watch: "average deal value, and how many losses cite price",
  },
  MESSAGING: {
    actions: [
      "Sit in on three reps' calls and note where their stories part ways.",
      "Write the message guide: point of view, why it matters, proof, and answers to the five commonest objections.",
      "Have each rep deliver it in their own words on live calls, and book its first quarterly refresh.",
    ],
    watch: "win rate on qualified opportunities",
  },
  MARKETING: {
    actions: [
      "Make every running and planned program state its deal type, size, cycle and expected conversion; pause those that cannot.",
      "Report marketing to the board as qualified pipeline and won revenue by source.",
      "Tie each piece of content to the stage and the objection it serves, with sales' input.",
    ],
    watch: "pipeline coverage and won revenue by source",
  },
  RELATIONSHIPS: {
    actions: [
      "List the ten largest open deals and key accounts with every contact; give each single-threaded one a second executive contact.",
      "Write account plans that name several stakeholders for each key account.",
      "Line up named references and publish company-level proof where buyers look.",
    ],
    watch: "the largest owner's share of pipeline, and contacts per open deal",
  },
  SILOS: {
    actions: [
      "Have the heads of marketing and sales write and sign one standard for a qualified opportunity, with thresholds per segment.",
      "Write the handoff rules: facts required before a lead passes, sales' first step and its deadline in hours, rejection reasons, and the route back to nurture.",
      "Start a joint review of one pipeline every two weeks with the CEO, advancing or closing each unclear deal.",
    ],
    watch: "MQL to SQL conversion and the share of stale deals",
  },
};

export function planSection(ctx: DraftContext): string {
  const { analysis } = ctx;
  const score = (key: FractureKey) =>
    analysis.combined.fractures.find((f) => f.key === key)?.score ?? 0;
  const focus = REPAIR_ORDER.filter((key) => score(key) >= PRIMARY_THRESHOLD);
  if (focus.length === 0) {
    return blocks(
      `No fracture scores ${PRIMARY_THRESHOLD} or more, so the next 90 days are about holding the chain rather than repairing it.`,
      bullets([
        "Keep one pipeline review every two weeks with marketing, sales and the CEO.",
        `Watch ${REPAIR_ACTIONS[analysis.combined.ranked[0]!.key].watch}, the figures behind the highest score.`,
        "Repeat the Snapshot next quarter to catch a drift early.",
      ]),
    );
  }
  const now = focus.slice(0, BLOCKS.length);
  const later = focus.slice(BLOCKS.length);
  const silosEarly = analysis.perception.silos.flagged && !now.includes("SILOS");
  const steps = now.map((key, i) =>
    blocks(
      `**${BLOCKS[i]}: ${FRACTURE_INFO[key].name}** (${leadersDisagree(ctx, key) ? `the leaders disagree: ${roleViews(ctx, key)}` : `${score(key)}/100`})`,
      bullets([...REPAIR_ACTIONS[key].actions, `Watch: ${REPAIR_ACTIONS[key].watch}.`]),
    ),
  );
  // Weeks left over when fewer than three fractures need repair go to making the repair hold.
  const spare = now.length === 1 ? "Weeks 5–12" : now.length === 2 ? "Weeks 9–12" : null;
  return blocks(
    `The plan follows the repair order, not the score ranking: positioning first, then the sales message, marketing accountability, company-level proof, and finally the shared scoreboard. It covers only the fractures scoring ${PRIMARY_THRESHOLD} or more; fixing the most expensive first beats fixing all five at once.`,
    silosEarly &&
      "One step cannot wait for its turn: the leaders' answers are far enough apart that a joint pipeline review every two weeks with the CEO should start in week 1, so everyone works from one set of numbers.",
    ...steps,
    spare !== null &&
      `**${spare}: make it hold**\n${bullets([
        `Measure the repair${now.length > 1 ? "s" : ""} against the figures named above and write down what changed.`,
        "Repeat the Snapshot with the same leaders to see whether their answers have converged.",
      ])}`,
    later.length > 0 && `After day 90: ${listOf(later.map((k) => short(k)))}, in that order.`,
  );
}
