import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createAutosaveQueue,
  type AutosaveState,
  type SaveOutcome,
} from "@/components/report/autosave-queue";

/** A save the test finishes by hand, to order it against new edits. */
function controlledSaves() {
  const calls: { text: string; finish: (outcome: SaveOutcome) => void }[] = [];
  const save = (text: string) =>
    new Promise<SaveOutcome>((resolve) => calls.push({ text, finish: resolve }));
  return { calls, save };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("autosave", () => {
  it("saves once after a pause in typing, not on every letter", async () => {
    const { calls, save } = controlledSaves();
    const states: AutosaveState[] = [];
    const queue = createAutosaveQueue({
      initial: "",
      save,
      onState: (s) => states.push(s),
      delayMs: 800,
    });
    queue.edit("H");
    queue.edit("He");
    queue.edit("Hello");
    expect(states.at(-1)).toEqual({ kind: "editing" });
    await vi.advanceTimersByTimeAsync(799);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => c.text)).toEqual(["Hello"]);
    expect(states.at(-1)).toEqual({ kind: "saving" });
    calls[0]!.finish({ ok: true });
    await vi.runAllTimersAsync();
    expect(states.at(-1)).toEqual({ kind: "saved" });
    expect(queue.dirty()).toBe(false);
  });

  it("stores the newest text when an edit arrives while a save is under way", async () => {
    const { calls, save } = controlledSaves();
    const queue = createAutosaveQueue({ initial: "a", save, onState: () => {}, delayMs: 800 });
    queue.edit("ab");
    const first = queue.flush();
    expect(calls.map((c) => c.text)).toEqual(["ab"]);
    queue.edit("abc");
    const second = queue.flush();
    calls[0]!.finish({ ok: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.text)).toEqual(["ab", "abc"]);
    expect(queue.dirty()).toBe(true);
    calls[1]!.finish({ ok: true });
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(queue.saved()).toBe("abc");
    expect(queue.dirty()).toBe(false);
  });

  it("says why a save failed and keeps the text as not saved", async () => {
    const { calls, save } = controlledSaves();
    const states: AutosaveState[] = [];
    const queue = createAutosaveQueue({
      initial: "",
      save,
      onState: (s) => states.push(s),
      delayMs: 800,
    });
    queue.edit("too long");
    const result = queue.flush();
    calls[0]!.finish({ ok: false, error: "Keep a section under 20,000 characters." });
    expect(await result).toBe(false);
    expect(states.at(-1)).toEqual({
      kind: "failed",
      error: "Keep a section under 20,000 characters.",
    });
    expect(queue.dirty()).toBe(true);
    // The message stays while typing goes on, until a save succeeds.
    queue.edit("shorter");
    expect(states.at(-1)?.kind).toBe("failed");
    await vi.advanceTimersByTimeAsync(800);
    calls[1]!.finish({ ok: true });
    await vi.runAllTimersAsync();
    expect(states.at(-1)).toEqual({ kind: "saved" });
  });

  it("treats a thrown save (network gone) as a failure, not a success", async () => {
    const queue = createAutosaveQueue({
      initial: "",
      save: () => Promise.reject(new Error("fetch failed")),
      onState: () => {},
      delayMs: 800,
    });
    queue.edit("x");
    expect(await queue.flush()).toBe(false);
    expect(queue.dirty()).toBe(true);
  });

  it("typing back to the stored text needs no save", async () => {
    const { calls, save } = controlledSaves();
    const queue = createAutosaveQueue({ initial: "same", save, onState: () => {}, delayMs: 800 });
    queue.edit("sam");
    queue.edit("same");
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(0);
    expect(queue.dirty()).toBe(false);
  });
});
