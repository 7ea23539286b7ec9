import { LEADERSHIP_ROLES } from "../respondent-roles";
import type { RespondentRole } from "../types";
import { diagnosticComparison } from "./diagnostic-comparison";
import {
  blocks,
  bullets,
  capitalize,
  leaderName,
  listOf,
  quote,
  roleName,
  short,
  type DraftContext,
} from "./draft-context";

/**
 * How the leaders' views differ: role against role, and, when the Snapshot was bought after the
 * free diagnostic, the one earlier view against the team's.
 */
export function perceptionSection(ctx: DraftContext): string {
  const { roles, missingRoles, fractures, questions, silos } = ctx.analysis.perception;
  const earlier = diagnosticComparison(ctx.diagnostic, ctx.analysis.combined);
  const missing =
    missingRoles.length > 0
      ? `${capitalize(listOf(missingRoles.map((r) => roleName(r))))} did not answer; their view is missing from this comparison.`
      : null;
  if (roles.length < 2) {
    const who = roles[0] ? roleName(roles[0].role) : "none of them";
    return blocks(
      `A perception gap needs answers from at least two of ${listOf(LEADERSHIP_ROLES.map((r) => roleName(r)))}. Only ${who} answered, so there is nothing to compare yet.`,
      "Ask the others to answer before the meeting: where leaders disagree about the same facts is often the most useful finding of a Snapshot.",
      earlier,
    );
  }
  const name = (role: RespondentRole) => leaderName(ctx, role);
  return blocks(
    `Each leader answered alone. Per fracture, the gap between the role that scores it worst and the role that scores it best:`,
    bullets(
      fractures.map(
        (g) =>
          `**${short(g.key)}**: ${g.spread} points (${name(g.high.role)} ${g.high.score}, ${name(g.low.role)} ${g.low.score})`,
      ),
    ),
    silos.flagged
      ? `The widest gap, ${silos.gap} points on ${short(silos.fracture!)}, is over our ${silos.threshold}-point line. Leaders this far apart are reading different numbers, which is a symptom of silos in its own right, whatever the silos score says.`
      : `No gap reaches our ${silos.threshold}-point line: the leaders see broadly the same company, which makes the scores above more trustworthy.`,
    questions.length > 0 &&
      `The questions they answered most differently:\n${bullets(
        questions.map(
          (q) =>
            `${q.prompt} ${capitalize(name(q.high.role))}: ${q.high.labels.map(quote).join(" / ")}; ${name(q.low.role)}: ${q.low.labels.map(quote).join(" / ")}.`,
        ),
      )}`,
    missing,
    earlier,
  );
}
