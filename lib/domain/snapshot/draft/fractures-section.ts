import { FRACTURE_INFO, type FractureKey } from "@/lib/domain/diagnostic";
import { COSTLIEST_MARGIN } from "../costliest";
import { PERCEPTION_GAP_THRESHOLD } from "../perception-gaps";
import { RESPONDENT_ROLES } from "../respondent-roles";
import { answerLeaks } from "../score-respondent";
import {
  blocks,
  bullets,
  capitalize,
  leadersDisagree,
  listOf,
  quote,
  roleName,
  someOf,
  type DraftContext,
} from "./draft-context";

/** Enough to show the pattern without turning the section into the raw answers. */
const WEAKEST_SHOWN = 2;
const NOTES_SHOWN = 3;

type QuestionView = {
  id: string;
  prompt: string;
  evidencePrompt: string;
  leak: number;
  answers: string[];
};

/** "“No” (the CEO and the head of marketing)": one entry per distinct answer, worst first. */
function answersByLabel(
  ctx: DraftContext,
  options: { id: string; label: string }[],
  questionId: string,
): string[] {
  return [...options].reverse().flatMap((option) => {
    const chose = ctx.respondents.filter((r) => r.answers[questionId] === option.id);
    if (chose.length === 0) return [];
    const roles = RESPONDENT_ROLES.map((role) => ({
      role,
      count: chose.filter((r) => r.role === role).length,
    })).filter((c) => c.count > 0);
    const who =
      ctx.respondents.length === 1
        ? ""
        : ` (${listOf(roles.map((c) => someOf(ctx, c.role, c.count)))})`;
    return [`${quote(option.label)}${who}`];
  });
}

/** The section's questions, weakest first, with who answered what. */
function questionsOf(ctx: DraftContext, key: FractureKey): QuestionView[] {
  const leaks = ctx.respondents.map((r) => answerLeaks(ctx.bank, r));
  return ctx.bank.questions
    .filter((q) => q.fracture === key)
    .map((q) => ({
      id: q.id,
      prompt: q.prompt,
      evidencePrompt: q.evidencePrompt,
      leak: leaks.reduce((s, l) => s + l.get(q.id)!, 0) / leaks.length,
      answers: answersByLabel(ctx, q.options, q.id),
    }))
    .sort((a, b) => b.leak - a.leak);
}

function notesFor(ctx: DraftContext, questions: QuestionView[]): string[] {
  return questions
    .flatMap((q) =>
      ctx.respondents.flatMap((r) => {
        const note = r.evidence?.[q.id]?.trim();
        // The evidence prompt says what the note answers; the bare note can be cryptic.
        return note
          ? [`${capitalize(roleName(r.role))}, asked ${quote(q.evidencePrompt)}: ${quote(note)}`]
          : [];
      }),
    )
    .slice(0, NOTES_SHOWN);
}

function byRole(ctx: DraftContext, key: FractureKey): string | null {
  const roles = ctx.analysis.perception.roles;
  if (roles.length < 2) return null;
  const scores = roles.map(
    (r) => `${roleName(r.role, r.respondents)} ${r.fractures.find((f) => f.key === key)!.score}`,
  );
  return `By role: ${listOf(scores)}.`;
}

function measuredFor(ctx: DraftContext, key: FractureKey): string | null {
  const findings = ctx.analysis.pipeline?.claims.findings.filter((f) => f.fracture === key) ?? [];
  if (findings.length === 0) return null;
  return `In the pipeline: ${findings.map((f) => `${f.measured.text} (${f.verdict === "contradicted" ? "at odds with the answers" : "in line with the answers"})`).join("; ")}.`;
}

export function fracturesSection(ctx: DraftContext): string {
  const { ranked, costliest } = ctx.analysis.combined;
  // A fracture the leaders disagree on ranks on the mean of their views, which names nobody's view.
  const tag = (key: FractureKey) =>
    leadersDisagree(ctx, key)
      ? ""
      : costliest.kind === "named" && costliest.key === key
        ? " (the costliest)"
        : costliest.kind === "tied" && costliest.keys.includes(key)
          ? " (tied for costliest)"
          : "";
  const parts = ranked.map((f, i) => {
    const info = FRACTURE_INFO[f.key];
    const questions = questionsOf(ctx, f.key);
    const weakest = questions.filter((q) => q.leak > 0).slice(0, WEAKEST_SHOWN);
    const notes = notesFor(ctx, questions);
    return blocks(
      `**${i + 1}. ${info.name}: ${leadersDisagree(ctx, f.key) ? "the leaders disagree" : `${f.score}/100`}**${tag(f.key)}`,
      `${info.summary} ${byRole(ctx, f.key) ?? ""}`.trim(),
      weakest.length > 0 &&
        `Weakest answers:\n${bullets(weakest.map((q) => `${q.prompt} Answered: ${q.answers.join("; ")}.`))}`,
      notes.length > 0
        ? `Evidence given:\n${bullets(notes)}`
        : "No evidence notes were given for this fracture; the score rests on the answers alone.",
      measuredFor(ctx, f.key),
    );
  });
  return blocks(
    `Scores run from 0 (no leak) to 100 (fully broken), averaged over every respondent, except where the leaders are ${PERCEPTION_GAP_THRESHOLD} points or more apart: there each role's score is given instead. Fractures less than ${COSTLIEST_MARGIN} points apart are too close to rank against each other.`,
    ...parts,
  );
}
