import { alternatives, smallest, type AnswerChange } from "./answer-changes";
import { FRACTURE_INFO, type FractureKey } from "./fractures";
import { rank } from "./rank";
import { PRIMARY_THRESHOLD, scoreWithBank } from "./score";
import type { DiagnosticBank, DiagnosticResult, FractureScore } from "./types";

export type ChangeInsight =
  /** The lead of the primary over the runner-up, in points. */
  | { kind: "margin"; text: string; leader: FractureKey; runnerUp: FractureKey; points: number }
  /** No primary: how far the highest score sits below the threshold. */
  | { kind: "threshold"; text: string; highest: FractureKey; score: number; points: number }
  /** A healthier answer on one question would change which fracture is named (or name none). */
  | ({ kind: "flip"; text: string } & AnswerChange)
  /** No primary yet: a worse answer on one question would name one. */
  | ({ kind: "emerge"; text: string } & AnswerChange & { newPrimary: FractureKey })
  /** No single healthier answer changes the primary; the closest one still leaves this lead. */
  | {
      kind: "robust";
      text: string;
      questionId: string;
      optionId: string;
      remainingLead: number;
    }
  /** No primary, and no single worse answer would name one; the highest score one could reach. */
  | { kind: "calm"; text: string; highest: FractureKey; reachable: number };

const short = (key: FractureKey) => FRACTURE_INFO[key].shortName;
const pts = (n: number) => `${n} point${n === 1 ? "" : "s"}`;

function scoreOf(fractures: FractureScore[], key: FractureKey): number {
  return fractures.find((f) => f.key === key)?.score ?? 0;
}

/** The highest score among fractures other than `key`. */
function bestOther(fractures: FractureScore[], key: FractureKey): number {
  return Math.max(0, ...fractures.filter((f) => f.key !== key).map((f) => f.score));
}

function changesWithPrimary(
  bank: DiagnosticBank,
  answers: Record<string, string>,
  primary: FractureKey,
  runnerUp: FractureKey,
): ChangeInsight[] {
  // Only questions that feed the primary can lower it; a healthier answer elsewhere only lowers
  // its rivals. Per question, keep the nearest option that hands the lead to another fracture
  // and the nearest that clears every fracture, as those are different messages.
  const overtaken: AnswerChange[] = [];
  const cleared: AnswerChange[] = [];
  let closest: { change: AnswerChange; lead: number } | null = null;
  for (const question of bank.questions) {
    if (!question.weights[primary]) continue;
    let foundOvertaken = false;
    let foundCleared = false;
    for (const change of alternatives(bank, answers, question, -1)) {
      const lead = scoreOf(change.fractures, primary) - bestOther(change.fractures, primary);
      if (!closest || lead < closest.lead) closest = { change, lead };
      if (change.newPrimary === primary) continue;
      if (change.newPrimary === null && !foundCleared) {
        cleared.push(change);
        foundCleared = true;
      } else if (change.newPrimary !== null && !foundOvertaken) {
        overtaken.push(change);
        foundOvertaken = true;
      }
    }
  }

  const insights: ChangeInsight[] = [];
  // Prefer the change that promotes the runner-up: that is the comparison the page shows.
  const toRunnerUp = smallest(overtaken.filter((c) => c.newPrimary === runnerUp));
  const flip = toRunnerUp ?? smallest(overtaken);
  if (flip?.newPrimary) {
    const next = flip.newPrimary;
    insights.push({
      kind: "flip",
      ...flip,
      text: `When asked “${flip.prompt}”, answer “${flip.optionLabel}” instead of “${flip.fromLabel}” and ${short(next)} moves to the top (${short(next)} ${scoreOf(flip.fractures, next)}, ${short(primary)} ${scoreOf(flip.fractures, primary)}).`,
    });
  }
  const clear = smallest(cleared);
  if (clear) {
    insights.push({
      kind: "flip",
      ...clear,
      text: `When asked “${clear.prompt}”, answer “${clear.optionLabel}” instead of “${clear.fromLabel}” and ${short(primary)} falls to ${scoreOf(clear.fractures, primary)}, with no fracture left at ${PRIMARY_THRESHOLD} or above.`,
    });
  }
  if (insights.length === 0 && closest) {
    const { change, lead } = closest;
    insights.push({
      kind: "robust",
      questionId: change.questionId,
      optionId: change.optionId,
      remainingLead: lead,
      text:
        lead === 0
          ? `No one better answer changes the headline: even answering “${change.optionLabel}” when asked “${change.prompt}” only draws level, and ${short(primary)} keeps the tie as the upstream fracture.`
          : `No one better answer changes the headline: even answering “${change.optionLabel}” when asked “${change.prompt}” leaves ${short(primary)} ${pts(lead)} ahead.`,
    });
  }
  return insights;
}

function changesWithoutPrimary(
  bank: DiagnosticBank,
  answers: Record<string, string>,
): ChangeInsight[] {
  const emerging: AnswerChange[] = [];
  let reach: { key: FractureKey; score: number } | null = null;
  for (const question of bank.questions) {
    for (const change of alternatives(bank, answers, question, 1)) {
      const top = rank(change.fractures)[0];
      if (top && (!reach || top.score > reach.score)) reach = { key: top.key, score: top.score };
      if (change.newPrimary !== null) {
        emerging.push(change);
        break;
      }
    }
  }
  const emerge = smallest(emerging);
  if (emerge?.newPrimary) {
    const key = emerge.newPrimary;
    return [
      {
        kind: "emerge",
        ...emerge,
        newPrimary: key,
        text: `The nearest tipping point: answering “${emerge.optionLabel}” when asked “${emerge.prompt}” would lift ${short(key)} to ${scoreOf(emerge.fractures, key)}, enough to name it the fracture to repair first.`,
      },
    ];
  }
  if (!reach) return [];
  return [
    {
      kind: "calm",
      highest: reach.key,
      reachable: reach.score,
      text: `No single worse answer would push a fracture to ${PRIMARY_THRESHOLD}; the most one answer could do is take ${short(reach.key)} to ${reach.score}.`,
    },
  ];
}

/**
 * Statements about the result that hold when the answers are re-scored: the lead of the primary,
 * and the smallest one-answer changes that would alter it. Counterfactuals are measured against a
 * fresh score of the same answers, so each claim is exactly "change this one answer and you get
 * that"; if the stored result no longer matches a fresh score, they are left out rather than
 * claimed against a headline the reader is not looking at.
 */
export function whatWouldChange(
  bank: DiagnosticBank,
  answers: Record<string, string>,
  result: DiagnosticResult,
): ChangeInsight[] {
  const ranked = rank(result.fractures);
  const primary = result.primary;
  const current = scoreWithBank(bank, answers);
  const comparable = current.primary === primary;

  if (primary) {
    const leader = ranked.find((f) => f.key === primary);
    const runnerUp = ranked.find((f) => f.key !== primary);
    if (!leader || !runnerUp) return [];
    const gap = leader.score - runnerUp.score;
    const margin: ChangeInsight = {
      kind: "margin",
      leader: primary,
      runnerUp: runnerUp.key,
      points: gap,
      text:
        gap === 0
          ? `${short(primary)} and ${short(runnerUp.key)} are level at ${leader.score}; the one further upstream is named first, since its break carries into the other.`
          : `${short(primary)} (${leader.score}) leads ${short(runnerUp.key)} (${runnerUp.score}) by ${pts(gap)}.`,
    };
    return comparable
      ? [margin, ...changesWithPrimary(bank, answers, primary, runnerUp.key)]
      : [margin];
  }

  const highest = ranked[0];
  if (!highest) return [];
  const below = PRIMARY_THRESHOLD - highest.score;
  const threshold: ChangeInsight = {
    kind: "threshold",
    highest: highest.key,
    score: highest.score,
    points: below,
    text:
      highest.score === 0
        ? "Every fracture scores 0: none of your answers points to a leak."
        : `Your highest score is ${short(highest.key)} at ${highest.score}, ${pts(below)} under ${PRIMARY_THRESHOLD}, the level at which we name a fracture to repair.`,
  };
  return comparable ? [threshold, ...changesWithoutPrimary(bank, answers)] : [threshold];
}
