import { describe, expect, it } from "vitest";
import { FRACTURE_INFO } from "../../lib/domain/diagnostic";
import { parseBlocks, parseSpans, type Block } from "../../lib/reports/markdown-blocks";
import { draftAssessment, snapshot, type SnapshotRespondent } from "../../lib/domain/snapshot";

const plain = (text: string) => ({ text, bold: false });
const bold = (text: string) => ({ text, bold: true });

describe("parseSpans", () => {
  it("splits **bold** out of the text around it", () => {
    expect(parseSpans("The costliest break is **Silos**, at 71.")).toEqual([
      plain("The costliest break is "),
      bold("Silos"),
      plain(", at 71."),
    ]);
  });

  it("reads a bold run at either end and several in one line", () => {
    expect(parseSpans("**Silos**: $288k; **Marketing**")).toEqual([
      bold("Silos"),
      plain(": $288k; "),
      bold("Marketing"),
    ]);
  });

  it("keeps an unclosed or empty marker as literal text", () => {
    expect(parseSpans("2 ** 3 is eight")).toEqual([plain("2 ** 3 is eight")]);
    expect(parseSpans("a **b** and ** c")).toEqual([plain("a "), bold("b"), plain(" and ** c")]);
    expect(parseSpans("a **** b")).toEqual([plain("a **** b")]);
  });

  it("returns no spans for empty text", () => {
    expect(parseSpans("")).toEqual([]);
  });
});

describe("parseBlocks", () => {
  it("separates paragraphs at blank lines and joins the lines of one paragraph", () => {
    expect(parseBlocks("First line\nsame paragraph.\n\n\nSecond.")).toEqual<Block[]>([
      { kind: "paragraph", spans: [plain("First line same paragraph.")] },
      { kind: "paragraph", spans: [plain("Second.")] },
    ]);
  });

  it("reads a lead-in line and the bullets under it as a paragraph and a list", () => {
    expect(parseBlocks("Weakest answers:\n- One **no**\n- Two")).toEqual<Block[]>([
      { kind: "paragraph", spans: [plain("Weakest answers:")] },
      { kind: "bullets", items: [[plain("One "), bold("no")], [plain("Two")]] },
    ]);
  });

  it("continues a bullet on an indented line, and starts a paragraph on an unindented one", () => {
    expect(parseBlocks("- One\n  still one\n- Two\nAfter the list.")).toEqual<Block[]>([
      { kind: "bullets", items: [[plain("One still one")], [plain("Two")]] },
      { kind: "paragraph", spans: [plain("After the list.")] },
    ]);
  });

  it("reads a ### line as a heading, without its bold markers", () => {
    expect(parseBlocks("### Weeks **1–4**\nText")).toEqual<Block[]>([
      { kind: "heading", text: "Weeks 1–4" },
      { kind: "paragraph", spans: [plain("Text")] },
    ]);
  });

  it("accepts Windows line endings and ignores surrounding whitespace", () => {
    expect(parseBlocks("\r\n  A\r\n\r\n- b  \r\n")).toEqual<Block[]>([
      { kind: "paragraph", spans: [plain("A")] },
      { kind: "bullets", items: [[plain("b")]] },
    ]);
  });

  it("treats a dash without a space, or a bare ###, as text", () => {
    expect(parseBlocks("-5% on last year\n###")).toEqual<Block[]>([
      { kind: "paragraph", spans: [plain("-5% on last year ###")] },
    ]);
  });

  it("returns no blocks for an empty body", () => {
    expect(parseBlocks("  \n\n")).toEqual([]);
  });

  it("reads a real draft without leaving a marker behind", () => {
    const respondent = (role: SnapshotRespondent["role"], worst: boolean): SnapshotRespondent => ({
      role,
      evidence: {},
      answers: Object.fromEntries(
        snapshot.questions.map((q) => [q.id, (worst ? q.options.at(-1) : q.options[0])!.id]),
      ),
    });
    const draft = draftAssessment({
      companyName: "Northwind Freight",
      bank: snapshot,
      respondents: [respondent("CEO", true), respondent("SALES", false)],
    });
    const fractures = parseBlocks(draft.find((s) => s.key === "fractures")!.body);
    const spans = fractures.flatMap((b) =>
      b.kind === "paragraph" ? b.spans : b.kind === "bullets" ? b.items.flat() : [],
    );
    expect(spans.some((s) => s.text.includes("**") || s.text.startsWith("- "))).toBe(false);
    expect(fractures.some((b) => b.kind === "bullets")).toBe(true);
    expect(spans.filter((s) => s.bold).map((s) => s.text)).toContainEqual(
      expect.stringContaining(FRACTURE_INFO.POSITIONING.name),
    );
  });
});
