import { FRACTURE_INFO } from "@/lib/domain/diagnostic";
import {
  blocks,
  bullets,
  capitalize,
  leaderName,
  listOf,
  quote,
  roleName,
  type DraftContext,
} from "./draft-context";

/** A meeting has room for a handful of real questions; more and none get answered. */
const GAP_QUESTIONS = 3;
const CLAIM_QUESTIONS = 3;

export function questionsSection(ctx: DraftContext): string {
  const { perception, combined, pipeline } = ctx.analysis;
  const questions: string[] = [];

  for (const gap of perception.questions.slice(0, GAP_QUESTIONS)) {
    questions.push(
      `${capitalize(leaderName(ctx, gap.high.role))} answered ${gap.high.labels.map(quote).join(" / ")} and ${leaderName(ctx, gap.low.role)} ${gap.low.labels.map(quote).join(" / ")} to: ${gap.prompt} What would settle it?`,
    );
  }
  const contradicted = pipeline?.claims.findings.filter((f) => f.verdict === "contradicted") ?? [];
  for (const finding of contradicted.slice(0, CLAIM_QUESTIONS)) {
    questions.push(`${finding.text} What explains the difference?`);
  }
  if (combined.primary) {
    const name = FRACTURE_INFO[combined.primary].name;
    questions.push(
      `Who owns the repair of “${name}”, and what will be visibly different in 90 days?`,
    );
  }
  if (!pipeline) {
    questions.push(
      "Who will export the CRM pipeline this week, so the claims above can be checked?",
    );
  } else if (pipeline.figures.coverageRatio == null) {
    questions.push("What is this period's revenue target, so pipeline coverage can be measured?");
  }
  if (perception.missingRoles.length > 0) {
    questions.push(
      `Can ${listOf(perception.missingRoles.map((r) => roleName(r)))} answer the Snapshot before the meeting?`,
    );
  }
  questions.push(
    "Which one figure will marketing and sales defend together, every two weeks, to show the repair is working?",
  );

  return blocks(
    "Questions to put to the leadership team, drawn from where the answers disagree or the figures do not match:",
    bullets(questions),
  );
}
