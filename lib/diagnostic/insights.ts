import { FRACTURES, FRACTURE_INFO, REPAIR_ORDER, type FractureKey } from "./fractures";
import { PRIMARY_THRESHOLD, scoreWithBank } from "./score";
import type { DiagnosticBank, DiagnosticResult, FractureScore } from "./types";

export type Driver = {
  questionId: string;
  prompt: string;
  optionLabel: string;
  /** Points this answer adds to the primary fracture's score. */
  points: number;
};

export type ChangeInsight =
  | { kind: "margin"; text: string; leader: FractureKey; runnerUp: FractureKey; points: number }
  | {
      kind: "flip";
      text: string;
      questionId: string;
      optionId: string;
      newPrimary: FractureKey | null;
    }
  | { kind: "stable"; text: string }
  | { kind: "emerge"; text: string; questionId: string; optionId: string; newPrimary: FractureKey };

export type ResultInsights = {
  ranked: FractureScore[];
  repairPlan: FractureScore[];
  drivers: Driver[];
  whatWouldChange: ChangeInsight[];
};

const MAX_DRIVERS = 3;
const MAX_FLIPS = 2;

function rank(fractures: FractureScore[]): FractureScore[] {
  return [...fractures].sort(
    (a, b) => b.score - a.score || FRACTURES.indexOf(a.key) - FRACTURES.indexOf(b.key),
  );
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
      return [{ questionId: q.id, prompt: q.prompt, optionLabel: option.label, points }];
    })
    .sort((a, b) => b.points - a.points)
    .slice(0, MAX_DRIVERS);
}

/** Single-answer changes, tried for real against the bank, that would move the headline. */
function whatWouldChange(
  bank: DiagnosticBank,
  answers: Record<string, string>,
  result: DiagnosticResult,
): ChangeInsight[] {
  const insights: ChangeInsight[] = [];
  const ranked = rank(result.fractures);
  const primary = result.primary;

  if (primary) {
    const runnerUp = ranked.find((f) => f.key !== primary)!;
    const leader = ranked.find((f) => f.key === primary)!;
    const gap = leader.score - runnerUp.score;
    insights.push({
      kind: "margin",
      leader: primary,
      runnerUp: runnerUp.key,
      points: gap,
      text:
        gap === 0
          ? `${FRACTURE_INFO[primary].shortName} and ${FRACTURE_INFO[runnerUp.key].shortName} are level; the chain's order puts the upstream one first.`
          : `${FRACTURE_INFO[primary].shortName} leads ${FRACTURE_INFO[runnerUp.key].shortName} by ${gap} point${gap === 1 ? "" : "s"}.`,
    });

    // Answers that feed the primary, improved to their healthiest option one at a time.
    const flips: ChangeInsight[] = [];
    for (const question of bank.questions) {
      if (!question.weights[primary]) continue;
      const healthiest = question.options[0]!;
      if (answers[question.id] === healthiest.id) continue;
      const changed = scoreWithBank(bank, { ...answers, [question.id]: healthiest.id });
      if (changed.primary === primary) continue;
      flips.push({
        kind: "flip",
        questionId: question.id,
        optionId: healthiest.id,
        newPrimary: changed.primary,
        text: changed.primary
          ? `If the answer to “${question.prompt}” were “${healthiest.label}”, ${FRACTURE_INFO[changed.primary].shortName} would become the costliest fracture.`
          : `If the answer to “${question.prompt}” were “${healthiest.label}”, no fracture would reach ${PRIMARY_THRESHOLD}.`,
      });
    }
    insights.push(...flips.slice(0, MAX_FLIPS));
    if (flips.length === 0) {
      insights.push({
        kind: "stable",
        text: `No single answer changes the headline: ${FRACTURE_INFO[primary].shortName} leads across several questions at once, so the finding is robust.`,
      });
    }
  } else {
    // No primary: find the single worsening that would make one appear first.
    let emerge: ChangeInsight | null = null;
    for (const question of bank.questions) {
      const worst = question.options[question.options.length - 1]!;
      if (answers[question.id] === worst.id) continue;
      const changed = scoreWithBank(bank, { ...answers, [question.id]: worst.id });
      if (changed.primary) {
        emerge = {
          kind: "emerge",
          questionId: question.id,
          optionId: worst.id,
          newPrimary: changed.primary,
          text: `Watch this one: if the answer to “${question.prompt}” became “${worst.label}”, ${FRACTURE_INFO[changed.primary].shortName} would cross ${PRIMARY_THRESHOLD} and need repair.`,
        };
        break;
      }
    }
    insights.push(
      emerge ?? {
        kind: "stable",
        text: `Every fracture is below ${PRIMARY_THRESHOLD}, and no single answer would push one over it.`,
      },
    );
  }

  insights.push({
    kind: "stable",
    text: "Your heads of marketing and sales may answer differently from you. Where they disagree is itself a sign of the silo fracture.",
  });
  return insights;
}

/** What the result page says beyond the scores, computed from the stored answers and result. */
export function explainResult(
  bank: DiagnosticBank,
  answers: Record<string, string>,
  result: DiagnosticResult,
): ResultInsights {
  const byKey = new Map(result.fractures.map((f) => [f.key, f]));
  return {
    ranked: rank(result.fractures),
    repairPlan: REPAIR_ORDER.flatMap((key) => {
      const entry = byKey.get(key);
      return entry && entry.score >= PRIMARY_THRESHOLD ? [entry] : [];
    }),
    drivers: result.primary ? driversFor(bank, answers, result.primary) : [],
    whatWouldChange: whatWouldChange(bank, answers, result),
  };
}
