/**
 * How a save of a draft section enters its history. Autosave stores a section at every pause in
 * typing, so one writer's saves close together are one entry (updated in place), while another
 * writer, a restore, or a pause longer than a sitting starts a new one. The text a section had
 * before anyone edited it is always kept as the first entry.
 */

/** One writer's saves closer together than this are one entry of the history. */
export const DRAFT_SITTING_MS = 10 * 60 * 1000;

export type LatestDraftEntry = {
  body: string;
  savedById: string | null;
  savedAt: Date;
  restoredFromId: string | null;
};

export type DraftHistoryStep =
  /** No history yet: keep the text as it was, then this save. */
  | { kind: "start"; original: string }
  /** Same writer, same sitting: the latest entry takes the new text. */
  | { kind: "update" }
  | { kind: "append" }
  /** Nothing changed since the latest entry. */
  | { kind: "none" };

export function draftHistoryStep(options: {
  latest: LatestDraftEntry | null;
  previousBody: string;
  body: string;
  savedById: string;
  now: Date;
}): DraftHistoryStep {
  const { latest, previousBody, body, savedById, now } = options;
  if (!latest) return { kind: "start", original: previousBody };
  if (latest.body === body) return { kind: "none" };
  const sameSitting =
    latest.savedById === savedById &&
    latest.restoredFromId === null &&
    now.getTime() - latest.savedAt.getTime() < DRAFT_SITTING_MS;
  return sameSitting ? { kind: "update" } : { kind: "append" };
}
