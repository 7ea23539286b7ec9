import { FRACTURE_INFO, type FractureKey } from "@/lib/domain/diagnostic";
import type { SnapshotAnalysis } from "../analyze-snapshot";
import type { AttachedDiagnostic } from "../attached-diagnostic";
import { PERCEPTION_GAP_THRESHOLD } from "../perception-gaps";
import { ROLE_LABELS } from "../respondent-roles";
import type { RespondentRole, SnapshotBank, SnapshotRespondent } from "../types";

/** What every section writer reads. */
export type DraftContext = {
  company: string;
  bank: SnapshotBank;
  respondents: SnapshotRespondent[];
  analysis: SnapshotAnalysis;
  /** The free diagnostic the Snapshot was bought after, if one was attached. */
  diagnostic: AttachedDiagnostic | null;
};

export const short = (key: FractureKey) => FRACTURE_INFO[key].shortName;

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const decapitalize = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const ROLE_PLURALS: Record<RespondentRole, string> = {
  CEO: "CEOs",
  MARKETING: "marketing leaders",
  SALES: "sales leaders",
  OTHER: "other leaders",
};

/** "the CEO"; "the two sales leaders (averaged)" when a role answered more than once. */
export function roleName(role: RespondentRole, count = 1): string {
  return count <= 1
    ? ROLE_LABELS[role]
    : `the ${countWord(count)} ${ROLE_PLURALS[role]} (averaged)`;
}

/** "the CEO"; "two sales leaders": for saying who answered. */
export function whoName(role: RespondentRole, count: number): string {
  return count <= 1 ? ROLE_LABELS[role] : `${countWord(count)} ${ROLE_PLURALS[role]}`;
}

/** "the head of sales" when one answered; "1 of 2 sales leaders" when the role answered twice. */
export function someOf(ctx: DraftContext, role: RespondentRole, count: number): string {
  const total = ctx.respondents.filter((r) => r.role === role).length;
  return total <= 1 ? ROLE_LABELS[role] : `${count} of ${total} ${ROLE_PLURALS[role]}`;
}

/** The name of a leadership role as compared in the perception gaps, counting its respondents. */
export function leaderName(ctx: DraftContext, role: RespondentRole): string {
  return roleName(role, ctx.analysis.perception.roles.find((r) => r.role === role)?.respondents);
}

const WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** Small counts in words, as prose writes them: 4 → "four"; 12 → "12". */
export const countWord = (n: number) => WORDS[n] ?? String(n);

/** "a, b and c" */
export function listOf(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** A note or label quoted on one line: a respondent's line breaks would break the bullet. */
export function quote(text: string): string {
  return `“${text.replace(/\s+/g, " ").trim()}”`;
}

export const bullets = (lines: string[]) => lines.map((l) => `- ${l}`).join("\n");

/** Paragraphs and bullet blocks, separated by blank lines; empty parts are dropped. */
export const blocks = (...parts: (string | null | undefined | false)[]) =>
  parts.filter((p): p is string => typeof p === "string" && p.length > 0).join("\n\n");

/**
 * Whether the leaders disagree on a fracture: their role scores sit PERCEPTION_GAP_THRESHOLD
 * points apart or more. An average of views that far apart describes nobody's company, so the
 * report shows each view instead.
 */
export function leadersDisagree(ctx: DraftContext, key: FractureKey): boolean {
  const gap = ctx.analysis.perception.fractures.find((g) => g.key === key);
  return gap !== undefined && gap.spread >= PERCEPTION_GAP_THRESHOLD;
}

/** "the CEO 26 and the head of sales 90": each leadership role's score for one fracture. */
export function roleViews(ctx: DraftContext, key: FractureKey): string {
  return listOf(
    ctx.analysis.perception.roles.map(
      (r) => `${roleName(r.role, r.respondents)} ${r.fractures.find((f) => f.key === key)!.score}`,
    ),
  );
}
