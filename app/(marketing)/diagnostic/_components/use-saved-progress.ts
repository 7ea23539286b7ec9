"use client";

import { useCallback, useEffect, useState } from "react";
// zod/mini: the same checks at a fraction of the bytes, on a page a phone opens first.
import * as z from "zod/mini";

/** What survives a reload: kept in this browser only, until the result is stored. */
const ZSavedProgress = z.object({
  submissionId: z.uuid(),
  startedAt: z.string(),
  step: z.int().check(z.nonnegative()),
  answers: z.record(z.string(), z.string()),
  context: z.record(z.string(), z.string()),
});

export type SavedProgress = z.infer<typeof ZSavedProgress>;

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
    const parsed = ZSavedProgress.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
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
