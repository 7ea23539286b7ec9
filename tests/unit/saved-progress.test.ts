import { describe, expect, it } from "vitest";
import { readSavedProgress } from "@/app/(marketing)/diagnostic/_components/use-saved-progress";

const saved = {
  submissionId: "0195f3c2-7d1e-7a00-8000-000000000001",
  startedAt: "2026-12-01T10:00:00.000Z",
  step: 4,
  answers: { "q-positioning": "a" },
  context: { role: "ceo" },
};

describe("the questionnaire's saved progress", () => {
  it("resumes from a copy this page wrote", () => {
    expect(readSavedProgress(saved)).toEqual(saved);
  });

  it("starts afresh from anything else, rather than submitting what it cannot trust", () => {
    for (const broken of [
      null,
      "text",
      [],
      { ...saved, submissionId: "not-a-uuid" },
      { ...saved, step: -1 },
      { ...saved, step: 1.5 },
      { ...saved, answers: { "q-positioning": 3 } },
      { ...saved, context: ["ceo"] },
      { ...saved, startedAt: undefined },
    ]) {
      expect(readSavedProgress(broken)).toBeNull();
    }
  });
});
