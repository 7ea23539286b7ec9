import { describe, expect, it } from "vitest";
import {
  DRAFT_SITTING_MS,
  draftHistoryStep,
  type LatestDraftEntry,
} from "@/lib/domain/snapshot/section-draft-history";

const now = new Date("2026-12-02T12:00:00Z");
const entry = (over: Partial<LatestDraftEntry> = {}): LatestDraftEntry => ({
  body: "Saved text.",
  savedById: "u1",
  savedAt: new Date(now.getTime() - 60_000),
  restoredFromId: null,
  ...over,
});
const step = (latest: LatestDraftEntry | null, body = "New text.", savedById = "u1") =>
  draftHistoryStep({ latest, previousBody: "Generated.", body, savedById, now });

describe("a save entering a section's history", () => {
  it("keeps the text before the first edit", () => {
    expect(step(null)).toEqual({ kind: "start", original: "Generated." });
  });
  it("folds one writer's saves in one sitting into one entry", () => {
    expect(step(entry())).toEqual({ kind: "update" });
  });
  it("starts a new entry after a long pause, for another writer, or after a restore", () => {
    expect(step(entry({ savedAt: new Date(now.getTime() - DRAFT_SITTING_MS) }))).toEqual({
      kind: "append",
    });
    expect(step(entry(), "New text.", "u2")).toEqual({ kind: "append" });
    expect(step(entry({ restoredFromId: "d1" }))).toEqual({ kind: "append" });
    // The untouched original is never overwritten.
    expect(step(entry({ savedById: null }))).toEqual({ kind: "append" });
  });
  it("adds nothing when the text did not change", () => {
    expect(step(entry(), "Saved text.")).toEqual({ kind: "none" });
  });
});
