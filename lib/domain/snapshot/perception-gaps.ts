import { FRACTURES, type FractureKey, type FractureScore } from "@/lib/domain/diagnostic";
import { meanScore } from "./combine-scores";
import { LEADERSHIP_ROLES } from "./respondent-roles";
import { answerLeaks, scoreRespondent } from "./score-respondent";
import type { RespondentRole, SnapshotBank, SnapshotRespondent } from "./types";

/**
 * Leaders this many points apart on one fracture are not looking at the same facts. An
 * assumption, not a measured norm: about a third of the scale, the distance between "mostly
 * working" and "mostly broken" on a typical question.
 */
export const PERCEPTION_GAP_THRESHOLD = 30;

/** How many single questions of widest disagreement to report. */
export const TOP_QUESTION_GAPS = 5;

export type RoleView = {
  role: RespondentRole;
  respondents: number;
  /** In chain order; the mean over that role's respondents. */
  fractures: FractureScore[];
};

export type FractureGap = {
  key: FractureKey;
  /** Highest role score minus lowest, in points. */
  spread: number;
  high: { role: RespondentRole; score: number };
  low: { role: RespondentRole; score: number };
};

export type RoleAnswer = {
  role: RespondentRole;
  /** Mean leak of that role's answers, 0–1. */
  leak: number;
  /** The options that role's respondents chose, without repeats. */
  labels: string[];
};

export type QuestionGap = {
  questionId: string;
  prompt: string;
  fracture: FractureKey;
  /** Highest role leak minus lowest, in points (0–100). */
  spread: number;
  high: RoleAnswer;
  low: RoleAnswer;
};

export type PerceptionGaps = {
  /** Leadership roles that answered, in the order CEO, marketing, sales. */
  roles: RoleView[];
  missingRoles: RespondentRole[];
  /** Widest first; empty when fewer than two leadership roles answered. */
  fractures: FractureGap[];
  /** The questions of widest disagreement, widest first. */
  questions: QuestionGap[];
  /** A wide gap on any fracture is itself a symptom of silos: the leaders keep two truths. */
  silos: { flagged: boolean; gap: number | null; fracture: FractureKey | null; threshold: number };
};

/**
 * The highest and lowest of a non-empty list; ties keep the earlier entry, so the result is
 * stable.
 */
function extremes<T>(items: T[], value: (item: T) => number): { high: T; low: T } {
  let high = items[0] as T;
  let low = items[0] as T;
  for (const item of items) {
    if (value(item) > value(high)) high = item;
    if (value(item) < value(low)) low = item;
  }
  return { high, low };
}

/** Where the CEO, marketing and sales disagree, by fracture and by question. */
export function perceptionGaps(
  bank: SnapshotBank,
  respondents: SnapshotRespondent[],
  top = TOP_QUESTION_GAPS,
): PerceptionGaps {
  const groups = LEADERSHIP_ROLES.map((role) => ({
    role,
    members: respondents.filter((r) => r.role === role),
  })).filter((g) => g.members.length > 0);

  const roles: RoleView[] = groups.map(({ role, members }) => {
    const scores = members.map((m) => scoreRespondent(bank, m));
    return {
      role,
      respondents: members.length,
      fractures: FRACTURES.map((key) => ({ key, score: meanScore(scores, key)! })),
    };
  });
  const missingRoles = LEADERSHIP_ROLES.filter((role) => !groups.some((g) => g.role === role));
  if (roles.length < 2) {
    return {
      roles,
      missingRoles,
      fractures: [],
      questions: [],
      silos: { flagged: false, gap: null, fracture: null, threshold: PERCEPTION_GAP_THRESHOLD },
    };
  }

  const fractures = FRACTURES.map((key): FractureGap => {
    const readings = roles.map((r) => ({
      role: r.role,
      score: r.fractures.find((f) => f.key === key)!.score,
    }));
    const { high, low } = extremes(readings, (r) => r.score);
    return { key, spread: high.score - low.score, high, low };
  }).sort((a, b) => b.spread - a.spread || FRACTURES.indexOf(a.key) - FRACTURES.indexOf(b.key));

  const leaksByGroup = groups.map((g) => g.members.map((m) => answerLeaks(bank, m)));
  const questions = bank.questions
    .map((question): QuestionGap => {
      const answers = groups.map((g, i): RoleAnswer => {
        const leaks = leaksByGroup[i]!.map((l) => l.get(question.id)!);
        const labels = g.members.map(
          (m) => question.options.find((o) => o.id === m.answers[question.id])!.label,
        );
        return {
          role: g.role,
          leak: leaks.reduce((s, l) => s + l, 0) / leaks.length,
          labels: [...new Set(labels)],
        };
      });
      const { high, low } = extremes(answers, (a) => a.leak);
      return {
        questionId: question.id,
        prompt: question.prompt,
        fracture: question.fracture,
        spread: Math.round(100 * (high.leak - low.leak)),
        high,
        low,
      };
    })
    .filter((q) => q.spread > 0)
    // A stable sort keeps bank order among equal gaps.
    .sort((a, b) => b.spread - a.spread)
    .slice(0, top);

  const widest = fractures[0]!;
  return {
    roles,
    missingRoles,
    fractures,
    questions,
    silos: {
      flagged: widest.spread >= PERCEPTION_GAP_THRESHOLD,
      gap: widest.spread,
      fracture: widest.key,
      threshold: PERCEPTION_GAP_THRESHOLD,
    },
  };
}
