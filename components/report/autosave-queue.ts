/**
 * Saving a text while its writer keeps typing. Edits are saved after a pause; one save runs at
 * a time, and when it returns the latest text is saved again if it changed meanwhile, so a save
 * racing a new edit never leaves the older text as the last one stored.
 */

export type SaveOutcome = { ok: true } | { ok: false; error: string };

export type AutosaveState =
  { kind: "saved" } | { kind: "editing" } | { kind: "saving" } | { kind: "failed"; error: string };

export type AutosaveQueue = {
  /** The writer changed the text: save it after the pause. */
  edit(text: string): void;
  /** Save now, and wait until the latest text is stored (true) or a save fails (false). */
  flush(): Promise<boolean>;
  /** Text not yet stored, or a save still under way. */
  dirty(): boolean;
  /** The text last stored. */
  saved(): string;
  /** The server now holds this text (a restore): take it as stored, with nothing pending. */
  reset(text: string): void;
  /** Forget the pending pause (the editor is gone); a save already sent still completes. */
  dispose(): void;
};

export function createAutosaveQueue(options: {
  initial: string;
  save: (text: string) => Promise<SaveOutcome>;
  onState: (state: AutosaveState) => void;
  delayMs: number;
}): AutosaveQueue {
  const { save, onState, delayMs } = options;
  let latest = options.initial;
  let stored = options.initial;
  let inflight: Promise<boolean> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let failure: string | null = null;

  const clearTimer = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };

  function send(text: string) {
    onState({ kind: "saving" });
    inflight = save(text)
      .catch((): SaveOutcome => ({ ok: false, error: "the server could not be reached" }))
      .then((outcome) => {
        inflight = null;
        if (outcome.ok) {
          stored = text;
          failure = null;
        } else failure = outcome.error;
        return outcome.ok;
      });
    return inflight;
  }

  async function flush(): Promise<boolean> {
    clearTimer();
    for (;;) {
      if (inflight) {
        await inflight;
        if (failure !== null && latest !== stored) {
          onState({ kind: "failed", error: failure });
          return false;
        }
        continue;
      }
      if (latest === stored) {
        onState({ kind: "saved" });
        return true;
      }
      if (!(await send(latest))) {
        onState({ kind: "failed", error: failure ?? "unknown error" });
        return false;
      }
    }
  }

  return {
    edit(text) {
      latest = text;
      clearTimer();
      if (!inflight && latest === stored) {
        onState({ kind: "saved" });
        return;
      }
      // A failure stays on screen until a later save goes through.
      if (failure === null) onState({ kind: "editing" });
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    reset(text) {
      clearTimer();
      latest = text;
      stored = text;
      failure = null;
      onState({ kind: "saved" });
    },
    dirty: () => inflight !== null || latest !== stored,
    saved: () => stored,
    dispose: clearTimer,
  };
}
