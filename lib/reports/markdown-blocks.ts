/**
 * The "markdown-lite" the assessment is written in, read the same way by the web page and the
 * PDF: paragraphs separated by blank lines, "- " bullet lines, "### " small headings and
 * **bold** inline. Anything else is plain text, so an unclosed "**" stays as written. A line
 * that is an editor's note (see editor-notes) is left out: it is for the consultant, not the client.
 */
import { isEditorNoteLine } from "@/lib/domain/snapshot/editor-notes";

export type Span = { text: string; bold: boolean };

export type Block =
  | { kind: "paragraph"; spans: Span[] }
  | { kind: "bullets"; items: Span[][] }
  | { kind: "heading"; text: string };

const BOLD = "**";

/** "a **b** c" → a, **b**, c. Adjacent spans never share a weight; empty spans are dropped. */
export function parseSpans(text: string): Span[] {
  const spans: Span[] = [];
  const push = (part: string, bold: boolean) => {
    if (!part) return;
    const last = spans.at(-1);
    if (last && last.bold === bold) last.text += part;
    else spans.push({ text: part, bold });
  };
  let rest = text;
  for (;;) {
    const open = rest.indexOf(BOLD);
    const close = open < 0 ? -1 : rest.indexOf(BOLD, open + BOLD.length);
    if (close < 0) break;
    if (close === open + BOLD.length) {
      // "****" would be an empty bold span: keep it as the writer typed it.
      push(rest.slice(0, close + BOLD.length), false);
    } else {
      push(rest.slice(0, open), false);
      push(rest.slice(open + BOLD.length, close), true);
    }
    rest = rest.slice(close + BOLD.length);
  }
  push(rest, false);
  return spans;
}

/**
 * The body's blocks in order. Lines of one paragraph are joined with a space; a bullet continues
 * on an indented line, while an unindented line after a list starts a new paragraph, which is
 * what someone typing into a text box expects.
 */
export function parseBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let items: string[] = [];

  const flushParagraph = () => {
    if (paragraph.length > 0)
      blocks.push({ kind: "paragraph", spans: parseSpans(paragraph.join(" ")) });
    paragraph = [];
  };
  const flushItems = () => {
    if (items.length > 0) blocks.push({ kind: "bullets", items: items.map(parseSpans) });
    items = [];
  };

  for (const raw of body.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    if (!line || isEditorNoteLine(line)) {
      flushParagraph();
      flushItems();
    } else if (line.startsWith("### ")) {
      flushParagraph();
      flushItems();
      const text = parseSpans(line.slice(4).trim())
        .map((s) => s.text)
        .join("");
      blocks.push({ kind: "heading", text });
    } else if (line.startsWith("- ")) {
      flushParagraph();
      items.push(line.slice(2).trim());
    } else if (items.length > 0 && /^\s/.test(raw)) {
      items[items.length - 1] += ` ${line}`;
    } else {
      flushItems();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushItems();
  return blocks;
}
