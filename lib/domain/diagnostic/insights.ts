import { FRACTURES, FRACTURE_INFO, REPAIR_ORDER, type FractureKey } from "./fractures";
import { PRIMARY_THRESHOLD, answersSchemaFor, scoreWithBank } from "./score";
import type { DiagnosticBank, DiagnosticQuestion, DiagnosticResult, FractureScore } from "./types";

export type Driver = {
  questionId: string;
  prompt: string;
  optionId: string;
  optionLabel: string;
  /** Points this answer adds to the primary fracture's score (before rounding the total). */
  points: number;
};

/** One answer swapped for another option of the same question, and what re-scoring gives. */
export type AnswerChange = {
  questionId: string;
  prompt: string;
  fromOptionId: string;
  fromLabel: string;
  optionId: string;
  optionLabel: string;
  /** How many options away from the given answer (1 = the neighbouring option). */
  steps: number;
  /** Every fracture's score after the change, in chain order. */
  fractures: FractureScore[];
  newPrimary: FractureKey | null;
};

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

export type ResultInsights = {
  /** Costliest first; ties go upstream. */
  ranked: FractureScore[];
  /** Fractures at or above the threshold, in the order to repair them. */
  repairPlan: FractureScore[];
  /** The answers adding most to the primary fracture, biggest first. Empty without a primary. */
  drivers: Driver[];
  whatWouldChange: ChangeInsight[];
};

const MAX_DRIVERS = 3;

const short = (key: FractureKey) => FRACTURE_INFO[key].shortName;
const pts = (n: number) => `${n} point${n === 1 ? "" : "s"}`;

function rank(fractures: FractureScore[]): FractureScore[] {
  return [...fractures].sort(
    (a, b) => b.score - a.score || FRACTURES.indexOf(a.key) - FRACTURES.indexOf(b.key),
  );
}

function scoreOf(fractures: FractureScore[], key: FractureKey): number {
  return fractures.find((f) => f.key === key)?.score ?? 0;
}

/** The highest score among fractures other than `key`. */
function bestOther(fractures: FractureScore[], key: FractureKey): number {
  return Math.max(0, ...fractures.filter((f) => f.key !== key).map((f) => f.score));
}

function driversFor(
  bank: DiagnosticBank,
  answers: Record<string, string>,
  key: FractureKey,
): Driver[] {
  const total = bank.questions.reduce((sum, q) => sum + (q.weights[key] ?? 0), 0);
  if (total === 0) return [];
  return bank.questions
    .flatMap((q) => {
      const weight = q.weights[key] ?? 0;
      const option = q.options.find((o) => o.id === answers[q.id]);
      if (!weight || !option || option.leak === 0) return [];
      const points = Math.round((100 * weight * option.leak) / total);
      return [
        {
          questionId: q.id,
          prompt: q.prompt,
          optionId: option.id,
          optionLabel: option.label,
          points,
        },
      ];
    })
    .sort((a, b) => b.points - a.points)
    .slice(0, MAX_DRIVERS);
}

/**
 * Re-scores the answers with one question's answer moved `direction` options at a time (-1
 * towards healthy, +1 towards broken), nearest option first, so the first hit is the smallest
 * change that does the job.
 */
function* alternatives(
  bank: DiagnosticBank,
  answers: Record<string, string>,
  question: DiagnosticQuestion,
  direction: -1 | 1,
): Generator<AnswerChange> {
  const from = question.options.findIndex((o) => o.id === answers[question.id]);
  const current = question.options[from];
  if (!current) return;
  for (let i = from + direction; i >= 0 && i < question.options.length; i += direction) {
    const option = question.options[i]!;
    const changed = scoreWithBank(bank, { ...answers, [question.id]: option.id });
    yield {
      questionId: question.id,
      prompt: question.prompt,
      fromOptionId: current.id,
      fromLabel: current.label,
      optionId: option.id,
      optionLabel: option.label,
      steps: Math.abs(i - from),
      fractures: changed.fractures,
      newPrimary: changed.primary,
    };
  }
}

/** The smallest change first; among equals the earliest question, which keeps output stable. */
function smallest(changes: AnswerChange[]): AnswerChange | undefined {
  return [...changes].sort((a, b) => a.steps - b.steps)[0];
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
      text: `Answer “${flip.optionLabel}” instead of “${flip.fromLabel}” to “${flip.prompt}” and ${short(next)} moves to the top (${short(next)} ${scoreOf(flip.fractures, next)}, ${short(primary)} ${scoreOf(flip.fractures, primary)}).`,
    });
  }
  const clear = smallest(cleared);
  if (clear) {
    insights.push({
      kind: "flip",
      ...clear,
      text: `Answer “${clear.optionLabel}” instead of “${clear.fromLabel}” to “${clear.prompt}” and ${short(primary)} falls to ${scoreOf(clear.fractures, primary)}, with no fracture left at ${PRIMARY_THRESHOLD} or above.`,
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
          ? `No one better answer changes the headline: even “${change.optionLabel}” to “${change.prompt}” only draws level, and ${short(primary)} keeps the tie as the upstream fracture.`
          : `No one better answer changes the headline: even “${change.optionLabel}” to “${change.prompt}” leaves ${short(primary)} ${pts(lead)} ahead.`,
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
        text: `The nearest tipping point: answering “${emerge.optionLabel}” to “${emerge.prompt}” would lift ${short(key)} to ${scoreOf(emerge.fractures, key)}, enough to name it the fracture to repair first.`,
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
function whatWouldChange(
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

/**
 * What the result page says beyond the scores. Works for any bank version, so a stored result is
 * explained with the questions it was answered on. Throws a ZodError if the answers do not fit
 * the bank, and an Error if the result belongs to another bank.
 */
export function explainResult(
  bank: DiagnosticBank,
  answers: Record<string, string>,
  result: DiagnosticResult,
): ResultInsights {
  if (result.version !== bank.version) {
    throw new Error(
      `Result is from question bank "${result.version}" but bank "${bank.version}" was given.`,
    );
  }
  const valid = answersSchemaFor(bank).parse(answers);
  const byKey = new Map(result.fractures.map((f) => [f.key, f]));
  return {
    ranked: rank(result.fractures),
    repairPlan: REPAIR_ORDER.flatMap((key) => {
      const entry = byKey.get(key);
      return entry && entry.score >= PRIMARY_THRESHOLD ? [entry] : [];
    }),
    drivers: result.primary ? driversFor(bank, valid, result.primary) : [],
    whatWouldChange: whatWouldChange(bank, valid, result),
  };
}
