import {
  FRACTURE_INFO,
  PRIMARY_THRESHOLD,
  REPAIR_ORDER,
  type FractureKey,
  type FractureScore,
} from "@/lib/domain/diagnostic";
import { COSTLIEST_MARGIN } from "../costliest";
import { formatMoney } from "../format-figures";
import { RESPONDENT_ROLES } from "../respondent-roles";
import {
  blocks,
  capitalize,
  countWord,
  decapitalize,
  leaderName,
  leadersDisagree,
  listOf,
  roleViews,
  short,
  whoName,
  type DraftContext,
} from "./draft-context";

function whoAnswered({ company, respondents }: DraftContext): string {
  const counts = RESPONDENT_ROLES.map((role) => ({
    role,
    count: respondents.filter((r) => r.role === role).length,
  })).filter((c) => c.count > 0);
  const who = listOf(counts.map((c) => whoName(c.role, c.count)));
  const n = respondents.length;
  return `This assessment of ${company} draws on the Snapshot answers of ${countWord(n)} leader${n === 1 ? "" : "s"}: ${who}.`;
}

/** A fracture's figure as the summary quotes it: the team's score, or each role's when they disagree. */
function figure(ctx: DraftContext, f: FractureScore): string {
  return leadersDisagree(ctx, f.key)
    ? `the leaders disagree: ${roleViews(ctx, f.key)}`
    : String(f.score);
}

function headline(ctx: DraftContext): { text: string; named: FractureKey[] } {
  const { ranked, costliest } = ctx.analysis.combined;
  const top = ranked[0]!;
  if (costliest.kind === "none") {
    return {
      text: `No fracture reaches ${PRIMARY_THRESHOLD} out of 100, the level at which we call a break worth repairing first. The highest is ${short(top.key)} at ${figure(ctx, top)}: the chain mostly holds, and the work is to keep it that way.`,
      named: [top.key],
    };
  }
  if (costliest.kind === "tied") {
    const tied = costliest.keys.map((key) => ranked.find((f) => f.key === key)!);
    return {
      text: `No single break stands out as the costliest. ${capitalize(listOf(tied.map((f) => `**${FRACTURE_INFO[f.key].name}** (${figure(ctx, f)})`)))} are less than ${COSTLIEST_MARGIN} points apart, a lead one answer given differently could reverse: treat them as tied, and let the meeting decide which costs more.`,
      named: costliest.keys,
    };
  }
  const { key } = costliest;
  const info = FRACTURE_INFO[key];
  if (leadersDisagree(ctx, key)) {
    return {
      text: `The leaders disagree about **${info.name}**: ${roleViews(ctx, key)} out of 100. Averaged, it would rank as the costliest break, but an average of views this far apart describes nobody's company; settle what is true here before anything else. ${info.summary}`,
      named: [key],
    };
  }
  return {
    text: `The costliest break is **${info.name}**, at ${top.score} out of 100. ${info.summary}`,
    named: [key],
  };
}

function diagnosis(ctx: DraftContext): string {
  const { ranked, costliest } = ctx.analysis.combined;
  const { text, named } = headline(ctx);
  if (costliest.kind === "none") return text;
  const others = ranked.filter((f) => !named.includes(f.key) && f.score >= PRIMARY_THRESHOLD);
  const more =
    others.length > 0
      ? ` ${others.length === 1 ? "One more fracture also scores" : `${capitalize(countWord(others.length))} more also score`} ${PRIMARY_THRESHOLD} or above: ${listOf(others.map((f) => `${short(f.key)} (${figure(ctx, f)})`))}.`
      : " No other fracture scores above the line.";
  return `${text}${more}`;
}

function perception(ctx: DraftContext): string {
  const { silos, fractures, roles } = ctx.analysis.perception;
  const widest = fractures[0];
  if (roles.length < 2 || !widest) {
    return "Only one of the three leadership roles answered, so we cannot yet say whether the CEO, marketing and sales see the same company.";
  }
  const sides = `${leaderName(ctx, widest.high.role)} scores it ${widest.high.score} and ${leaderName(ctx, widest.low.role)} ${widest.low.score}`;
  return silos.flagged
    ? `The leaders do not see the same company. On ${short(widest.key)}, ${sides}, ${widest.spread} points apart. A gap that wide is itself evidence of silos: two teams keeping two versions of the truth.`
    : `The leaders broadly agree on what is broken; the widest gap is ${widest.spread} points, on ${short(widest.key)} (${sides}).`;
}

function pipeline({ analysis }: DraftContext): string {
  if (!analysis.pipeline) {
    return "No pipeline data was available, so none of these findings has been checked against CRM figures and no fracture is priced in money.";
  }
  const { claims, prices } = analysis.pipeline;
  const contradicted = claims.findings.filter((f) => f.verdict === "contradicted");
  const checks =
    claims.findings.length === 0
      ? "The pipeline data did not hold the figures needed to check any claim."
      : contradicted.length === 0
        ? `All ${countWord(claims.findings.length)} claims we could check against the pipeline hold up.`
        : `The pipeline contradicts ${countWord(contradicted.length)} of the ${countWord(claims.findings.length)} claims we could check. The sharpest: ${decapitalize(contradicted[0]!.text)}`;

  // The score says which break is costliest to the chain; the price says which lever moves the
  // most revenue. When they differ, the CEO should hear both.
  const { primary, fractures } = analysis.combined;
  const worth = (key: FractureKey) => prices[key]?.addedPerQuarter ?? 0;
  const biggest = fractures
    .filter((f) => f.score >= PRIMARY_THRESHOLD && worth(f.key) > 0)
    .sort((a, b) => worth(b.key) - worth(a.key))[0]?.key;
  const money: string[] = [];
  if (primary && worth(primary) > 0) {
    money.push(
      `On the stated assumptions, repairing ${short(primary)} is worth about ${formatMoney(worth(primary))} of revenue a quarter.`,
    );
  }
  if (biggest && biggest !== primary) {
    money.push(
      `The largest single lever in the pipeline is ${short(biggest)}, at about ${formatMoney(worth(biggest))} a quarter.`,
    );
  }
  return [checks, ...money].join(" ");
}

function start({ analysis }: DraftContext): string {
  const first = REPAIR_ORDER.find(
    (key) =>
      (analysis.combined.fractures.find((f) => f.key === key)?.score ?? 0) >= PRIMARY_THRESHOLD,
  );
  if (!first) return "";
  const { costliest } = analysis.combined;
  if (costliest.kind !== "named") {
    return `The 90-day plan starts with ${short(first)}, the furthest upstream of the breaks above the line: a break upstream is carried by every link below it.`;
  }
  return first === costliest.key
    ? `The 90-day plan starts with ${short(first)}.`
    : `The 90-day plan starts with ${short(first)} rather than ${short(costliest.key)}: a break upstream is carried by every link below it, so it is repaired first.`;
}

export function summarySection(ctx: DraftContext): string {
  return blocks(
    whoAnswered(ctx),
    diagnosis(ctx),
    capitalize(perception(ctx)),
    pipeline(ctx),
    start(ctx),
  );
}
