import {
  FRACTURE_INFO,
  FRACTURES,
  getDiagnosticBank,
  PRIMARY_THRESHOLD,
  type FractureKey,
} from "@/lib/domain/diagnostic";
import type { AttachedDiagnostic } from "../attached-diagnostic";
import type { CombinedScores } from "../combine-scores";
import { PERCEPTION_GAP_THRESHOLD } from "../perception-gaps";
import { countWord, quote, short } from "./draft-context";

/** Who took the diagnostic, by the role they gave (the diagnostic asks but does not insist). */
const TAKER: Record<string, string> = {
  ceo: "the CEO",
  sales: "the head of sales",
  marketing: "the head of marketing",
  operations: "the head of operations",
  board: "a board member",
};

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

function questionCount(bankVersion: string): number | null {
  try {
    return getDiagnosticBank(bankVersion).questions.length;
  } catch {
    return null;
  }
}

/**
 * One paragraph setting the free diagnostic the Snapshot was bought after beside the leadership
 * team's Snapshot answers: whether both name the same costliest break, and where the two
 * readings are furthest apart. Null when no diagnostic was attached.
 */
export function diagnosticComparison(
  diagnostic: AttachedDiagnostic | null | undefined,
  team: CombinedScores,
): string | null {
  if (!diagnostic) return null;
  const then = (key: FractureKey) => diagnostic.scores.find((s) => s.key === key)?.score ?? 0;
  const now = (key: FractureKey) => team.fractures.find((s) => s.key === key)?.score ?? 0;

  const who = TAKER[diagnostic.role ?? ""] ?? "one leader";
  const questions = questionCount(diagnostic.bankVersion);
  const took = `On ${dateFormat.format(diagnostic.takenAt)}, before this Snapshot, ${who} answered the free diagnostic${questions ? `'s ${countWord(questions)} questions` : ""} alone`;
  const leaders =
    team.respondents === 1 ? "the one leader" : `the ${countWord(team.respondents)} leaders`;
  const was = diagnostic.primary;
  const is = team.primary;
  const named = (key: FractureKey) =>
    `, and it named ${quote(FRACTURE_INFO[key].name)} as the costliest break (${then(key)} out of 100).`;
  const nothing = `, and no fracture reached ${PRIMARY_THRESHOLD} out of 100.`;

  let text: string;
  if (was && is === was) {
    text = `${took}${named(was)} The Snapshot answers of ${leaders} agree: ${short(is)} comes first here too, at ${now(is)}.`;
  } else if (was && is) {
    text = `${took}${named(was)} The Snapshot answers of ${leaders} put ${short(is)} first instead, at ${now(is)}, with ${short(was)} at ${now(was)}. One chair sees some things the rest of the team does not, and misses others: the difference is worth raising openly.`;
  } else if (was) {
    text = `${took}${named(was)} The Snapshot answers of ${leaders} put no fracture at ${PRIMARY_THRESHOLD} or above, ${short(was)} included (${now(was)}): ask what the diagnostic saw that the team's answers do not.`;
  } else if (is) {
    text = `${took}${nothing} The Snapshot answers of ${leaders} find a break it did not: ${short(is)}, at ${now(is)}, where the diagnostic scored ${then(is)}.`;
  } else {
    text = `${took}${nothing} The Snapshot answers of ${leaders} agree that the chain holds.`;
  }

  const widest = FRACTURES.map((key) => ({ key, gap: Math.abs(then(key) - now(key)) })).sort(
    (a, b) => b.gap - a.gap,
  )[0]!;
  // A fracture already named above, with both its scores, needs no second mention.
  const mentioned = widest.key === was || widest.key === is;
  if (widest.gap >= PERCEPTION_GAP_THRESHOLD && !mentioned) {
    text += ` The two readings are furthest apart on ${short(widest.key)}: ${then(widest.key)} in the diagnostic, ${now(widest.key)} in the Snapshot.`;
  }
  return text;
}
