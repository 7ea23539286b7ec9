"use client";

import { useCallback, useEffect, useState } from "react";

/** What survives a reload: kept in this browser only, until the result is stored. */
export type SavedProgress = {
  submissionId: string;
  startedAt: string;
  step: number;
  answers: Record<string, string>;
  context: Record<string, string>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => typeof v === "string");

/**
 * The browser's copy, checked field by field before it is trusted (another tab, an older version
 * of this page or a person may have written it). A hand-written check rather than zod: this page
 * is what a phone opens first, and zod's core would be its largest script after React's. The
 * server checks the submission itself with zod whatever this accepts.
 */
export function readSavedProgress(value: unknown): SavedProgress | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.submissionId !== "string" || !UUID.test(v.submissionId)) return null;
  if (typeof v.startedAt !== "string") return null;
  if (typeof v.step !== "number" || !Number.isInteger(v.step) || v.step < 0) return null;
  if (!isStringRecord(v.answers) || !isStringRecord(v.context)) return null;
  return {
    submissionId: v.submissionId,
    startedAt: v.startedAt,
    step: v.step,
    answers: v.answers,
    context: v.context,
  };
}

function fresh(): SavedProgress {
  return {
    submissionId: crypto.randomUUID(),
    startedAt: new Date().toISOString(),
    step: 0,
    answers: {},
    context: {},
  };
}

function read(key: string): SavedProgress | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    return readSavedProgress(JSON.parse(raw));
  } catch {
    return null;
  }
}

/**
 * Progress through one question bank, saved to localStorage on every change so a reload, a lost
 * connection or a closed tab loses nothing. `null` until the browser copy has been read.
 */
export function useSavedProgress(storageKey: string) {
  const [progress, setProgress] = useState<SavedProgress | null>(null);

  useEffect(() => {
    // Reading localStorage can only happen after hydration; the server has no copy of it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setProgress(read(storageKey) ?? fresh());
  }, [storageKey]);

  useEffect(() => {
    if (!progress) return;
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(progress));
    } catch {
      // Private browsing or a full quota: the questionnaire still works, it just won't survive a reload.
    }
  }, [storageKey, progress]);

  const update = useCallback((change: (current: SavedProgress) => SavedProgress) => {
    setProgress((current) => (current ? change(current) : current));
  }, []);

  const reset = useCallback(() => {
    try {
      window.localStorage.removeItem(storageKey);
    } catch {
      // Nothing to clear.
    }
    setProgress(fresh());
  }, [storageKey]);

  const clear = useCallback(() => {
    try {
      window.localStorage.removeItem(storageKey);
    } catch {
      // Nothing to clear.
    }
  }, [storageKey]);

  return { progress, update, reset, clear };
}
