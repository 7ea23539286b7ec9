import { describe, expect, it } from "vitest";
import {
  draftAssessment,
  editorNotesIn,
  editorNotesRefusal,
  isEditorNoteLine,
  pipelineRedraft,
  sectionsWithEditorNotes,
  snapshot,
  type AssessmentSection,
} from "../../lib/domain/snapshot";
import { parseBlocks } from "../../lib/reports/markdown-blocks";

const section = (
  key: AssessmentSection["key"],
  body: string,
  title: string = key,
): AssessmentSection => ({
  key,
  title,
  body,
});

describe("editor's notes", () => {
  it("are lines that start with the marker, whatever the case, apostrophe or indent", () => {
    expect(isEditorNoteLine("[Editor's note] Check the win rate.")).toBe(true);
    expect(isEditorNoteLine("  [editor’s note] check")).toBe(true);
    expect(isEditorNoteLine("[EDITORS NOTE] check")).toBe(true);
    expect(isEditorNoteLine("As the [Editor's note] said")).toBe(false);
    expect(isEditorNoteLine("Editor's note: no brackets")).toBe(false);
  });

  it("are read out of a body without their marker, in order", () => {
    const body = "Intro.\n[Editor's note] First.\n\n- a bullet\n[editor's note]   Second.";
    expect(editorNotesIn(body)).toEqual(["First.", "Second."]);
  });

  it("are never rendered: the web page and the PDF read the body without them", () => {
    const blocks = parseBlocks("Intro line\n[Editor's note] Not for the client.\nmore text");
    expect(JSON.stringify(blocks)).not.toContain("Not for the client");
    expect(blocks).toEqual([
      { kind: "paragraph", spans: [{ text: "Intro line", bold: false }] },
      { kind: "paragraph", spans: [{ text: "more text", bold: false }] },
    ]);
  });

  it("name the sections that still hold one when publishing is refused", () => {
    const noted = sectionsWithEditorNotes([
      section("summary", "Fine.", "Executive summary"),
      section("pipeline", "[Editor's note] Import it.", "What the pipeline shows"),
      section("plan", "x\n[Editor's note] Dates?", "A 90-day repair plan"),
    ]);
    expect(noted.map((s) => s.key)).toEqual(["pipeline", "plan"]);
    expect(editorNotesRefusal(noted)).toContain(
      "“What the pipeline shows” and “A 90-day repair plan”",
    );
  });

  it("carry the draft's instruction when no pipeline was imported, so it cannot reach the client", () => {
    const respondents = [
      {
        role: "CEO" as const,
        answers: Object.fromEntries(snapshot.questions.map((q) => [q.id, q.options[2]!.id])),
      },
    ];
    const draft = draftAssessment({ companyName: "Acme", bank: snapshot, respondents });
    expect(sectionsWithEditorNotes(draft).map((s) => s.key)).toEqual(["pipeline"]);
    const printed = draft.flatMap((s) => parseBlocks(s.body));
    expect(JSON.stringify(printed)).not.toMatch(/Import the pipeline|redraft/i);
  });
});

describe("redrafting after a pipeline import", () => {
  const generated = [
    section("summary", "old summary"),
    section("fractures", "old fractures"),
    section("perception", "old perception"),
    section("pipeline", "[Editor's note] Import it."),
  ];
  const fresh = [
    section("summary", "new summary"),
    section("fractures", "new fractures"),
    section("perception", "new perception"),
    section("pipeline", "new pipeline"),
  ];

  it("rewrites the pipeline sections nobody edited and keeps the edited ones", () => {
    const current = generated.map((s) =>
      s.key === "fractures" ? { ...s, body: "the consultant's own words" } : s,
    );
    const result = pipelineRedraft(current, generated, fresh);
    expect(result.sections.map((s) => s.body)).toEqual([
      "new summary",
      "the consultant's own words",
      // Written from the answers alone: a redraft from the pipeline never touches it.
      "old perception",
      "new pipeline",
    ]);
    expect(result.redrafted.map((s) => s.key)).toEqual(["summary", "pipeline"]);
    expect(result.edited.map((s) => s.key)).toEqual(["fractures"]);
    // The edited section still reads as edited next time.
    expect(result.generated!.find((s) => s.key === "fractures")!.body).toBe("old fractures");
  });

  it("touches nothing when it does not know what was generated", () => {
    const result = pipelineRedraft(generated, null, fresh);
    expect(result.sections).toEqual(generated);
    expect(result.redrafted).toEqual([]);
    expect(result.generated).toBeNull();
  });
});
