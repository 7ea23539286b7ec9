"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { z } from "zod";
import { saveSnapshotAnswersAction } from "../actions";
import type { AnsweringQuestion } from "../answering-sections";

/** A note is saved once typing pauses this long, or when its box loses focus. */
export const NOTE_SAVE_DELAY_MS = 800;
/** Waits before saving again by itself after a failure; then only the retry button does. */
const RETRY_DELAYS_MS = [2_000, 5_000, 15_000, 30_000];

export type SaveStatus =
  | { state: "idle" }
  | { state: "saving" }
  | { state: "saved" }
  | { state: "failed"; message: string };

type Patch = { answers: Record<string, string>; evidence: Record<string, string> };

const ZPatch = z.object({
  answers: z.record(z.string(), z.string()),
  evidence: z.record(z.string(), z.string()),
});

const OFFLINE =
  "We could not reach the server. Your answers are kept on this page; check your connection.";

const isEmpty = (patch: Patch) =>
  Object.keys(patch.answers).length === 0 && Object.keys(patch.evidence).length === 0;

/** Remove from `pending` what the server confirmed, unless it changed again since it was sent. */
function forgetConfirmed(pending: Patch, sent: Patch) {
  for (const [id, value] of Object.entries(sent.answers))
    if (pending.answers[id] === value) delete pending.answers[id];
  for (const [id, value] of Object.entries(sent.evidence))
    if (pending.evidence[id] === value) delete pending.evidence[id];
}

/** Unsaved changes left in this browser by an earlier visit, kept only if they fit the bank. */
function readBackup(key: string, questions: AnsweringQuestion[], noteMaxLength: number): Patch {
  const patch: Patch = { answers: {}, evidence: {} };
  try {
    const parsed = ZPatch.safeParse(JSON.parse(window.localStorage.getItem(key) ?? "null"));
    if (!parsed.success) return patch;
    for (const q of questions) {
      const answer = parsed.data.answers[q.id];
      if (answer && q.options.some((o) => o.id === answer)) patch.answers[q.id] = answer;
      const note = parsed.data.evidence[q.id];
      if (note !== undefined && note.length <= noteMaxLength) patch.evidence[q.id] = note;
    }
  } catch {
    // Storage unavailable or unreadable: there is nothing to restore.
  }
  return patch;
}

/**
 * The respondent's answers and notes, kept on the page and saved to the server as they change:
 * an answer at once, a note after a pause in typing. One save runs at a time; whatever changes
 * meanwhile goes in the next. Unconfirmed changes stay in `pending` (and in localStorage, in case
 * the tab closes) until the server accepts them, so a failed save loses nothing.
 */
export function useAutosave(options: {
  token: string;
  questions: AnsweringQuestion[];
  noteMaxLength: number;
  initial: Patch;
}) {
  const { token, questions, noteMaxLength } = options;
  const [answers, setAnswers] = useState(options.initial.answers);
  const [evidence, setEvidence] = useState(options.initial.evidence);
  const [status, setStatus] = useState<SaveStatus>({ state: "idle" });
  const pending = useRef<Patch>({ answers: {}, evidence: {} });
  const inFlight = useRef<Promise<unknown> | null>(null);
  const noteTimer = useRef<number | undefined>(undefined);
  const retryTimer = useRef<number | undefined>(undefined);
  const failures = useRef(0);
  // A prefix of the token tells this link's backup apart without storing the whole secret.
  const backupKey = `revenue-chain:snapshot-unsaved:${token.slice(0, 16)}`;

  const backUp = useCallback(() => {
    try {
      if (isEmpty(pending.current)) window.localStorage.removeItem(backupKey);
      else window.localStorage.setItem(backupKey, JSON.stringify(pending.current));
    } catch {
      // Private browsing or a full quota: the page still holds the changes.
    }
  }, [backupKey]);

  const flush = useCallback((): Promise<boolean> => {
    async function save(): Promise<boolean> {
      window.clearTimeout(noteTimer.current);
      noteTimer.current = undefined;
      window.clearTimeout(retryTimer.current);
      while (inFlight.current) await inFlight.current;
      if (isEmpty(pending.current)) return true;

      const sent: Patch = {
        answers: { ...pending.current.answers },
        evidence: { ...pending.current.evidence },
      };
      setStatus({ state: "saving" });
      const attempt = saveSnapshotAnswersAction({ token, ...sent }).then(
        (result) =>
          result.ok
            ? null
            : {
                message: result.error,
                // Closed, locked, already sent or a replaced link: saving again cannot help.
                final: result.code === "CONFLICT" || result.code === "NOT_FOUND",
              },
        () => ({ message: OFFLINE, final: false }),
      );
      inFlight.current = attempt;
      const error = await attempt;
      inFlight.current = null;

      if (error !== null) {
        setStatus({ state: "failed", message: error.message });
        if (error.final) return false;
        const delay = RETRY_DELAYS_MS[failures.current++];
        if (delay !== undefined) retryTimer.current = window.setTimeout(() => void save(), delay);
        return false;
      }
      failures.current = 0;
      forgetConfirmed(pending.current, sent);
      backUp();
      // Changed while saving: answers go now, a note still being typed waits for its pause.
      if (!isEmpty(pending.current) && noteTimer.current === undefined) return save();
      setStatus({ state: isEmpty(pending.current) ? "saved" : "saving" });
      return true;
    }
    return save();
  }, [token, backUp]);

  const choose = useCallback(
    (questionId: string, optionId: string) => {
      setAnswers((current) => ({ ...current, [questionId]: optionId }));
      pending.current.answers[questionId] = optionId;
      backUp();
      void flush();
    },
    [backUp, flush],
  );

  const editNote = useCallback(
    (questionId: string, note: string) => {
      setEvidence((current) => ({ ...current, [questionId]: note }));
      pending.current.evidence[questionId] = note;
      backUp();
      setStatus((current) => (current.state === "failed" ? current : { state: "saving" }));
      window.clearTimeout(noteTimer.current);
      noteTimer.current = window.setTimeout(() => void flush(), NOTE_SAVE_DELAY_MS);
    },
    [backUp, flush],
  );

  /** A manual retry starts the automatic ones over. */
  const retry = useCallback(() => {
    failures.current = 0;
    return flush();
  }, [flush]);

  const discardBackup = useCallback(() => {
    pending.current = { answers: {}, evidence: {} };
    backUp();
  }, [backUp]);

  // Changes a closed tab never saved come back on the next visit and are saved then.
  useEffect(() => {
    const backup = readBackup(backupKey, questions, noteMaxLength);
    if (isEmpty(backup)) return;
    pending.current = {
      answers: { ...backup.answers, ...pending.current.answers },
      evidence: { ...backup.evidence, ...pending.current.evidence },
    };
    // localStorage is only readable after hydration.
    /* eslint-disable react-hooks/set-state-in-effect */
    setAnswers((current) => ({ ...current, ...backup.answers }));
    setEvidence((current) => ({ ...current, ...backup.evidence }));
    /* eslint-enable react-hooks/set-state-in-effect */
    void flush();
  }, [backupKey, questions, noteMaxLength, flush]);

  // Back online: try at once rather than waiting for the next automatic retry.
  useEffect(() => {
    const onOnline = () => void retry();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!isEmpty(pending.current) || inFlight.current) event.preventDefault();
    };
    window.addEventListener("online", onOnline);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      window.removeEventListener("online", onOnline);
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.clearTimeout(noteTimer.current);
      window.clearTimeout(retryTimer.current);
    };
  }, [retry]);

  return { answers, evidence, status, choose, editNote, flush, retry, discardBackup };
}
