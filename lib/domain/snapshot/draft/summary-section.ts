import {
  FRACTURE_INFO,
  PRIMARY_THRESHOLD,
  REPAIR_ORDER,
  type FractureKey,
} from "@/lib/domain/diagnostic";
import { formatMoney } from "../format-figures";
import { RESPONDENT_ROLES } from "../respondent-roles";
import {
  blocks,
  capitalize,
  countWord,
  decapitalize,
  leaderName,
  listOf,
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

function diagnosis({ analysis }: DraftContext): string {
  const { ranked, primary } = analysis.combined;
  const top = ranked[0]!;
  if (!primary) {
    return `No fracture reaches ${PRIMARY_THRESHOLD} out of 100, the level at which we call a break worth repairing first. The highest is ${short(top.key)} at ${top.score}: the chain mostly holds, and the work is to keep it that way.`;
  }
  const others = ranked.filter((f) => f.key !== primary && f.score >= PRIMARY_THRESHOLD);
  const more =
    others.length > 0
      ? ` ${others.length === 1 ? "One more fracture also scores" : `${capitalize(countWord(others.length))} more also score`} ${PRIMARY_THRESHOLD} or above: ${listOf(others.map((f) => `${short(f.key)} (${f.score})`))}.`
      : " No other fracture scores above the line.";
  return `The costliest break is **${FRACTURE_INFO[primary].name}**, at ${top.score} out of 100. ${FRACTURE_INFO[primary].summary}${more}`;
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
  const primary = analysis.combined.primary;
  return first === primary
    ? `The 90-day plan starts with ${short(first)}.`
    : `The 90-day plan starts with ${short(first)} rather than ${short(primary!)}: a break upstream is carried by every link below it, so it is repaired first.`;
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
