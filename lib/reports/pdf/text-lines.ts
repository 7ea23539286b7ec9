import type { Span } from "../markdown-blocks";
import { pdfText } from "../pdf-text";
import type { Doc, FontRole, TextStyle } from "./theme";

/** Text in one weight. */
export type Run = { text: string; font: FontRole };

/** One laid-out line: its runs, drawn left to right. */
export type Line = Run[];

/** A word may cross weights ("**Silos**:" is one word), so it is a list of runs. */
type Word = { runs: Run[]; width: number; space: Run | null; spaceWidth: number };

export function widthOf(doc: Doc, run: Run, size: number): number {
  return doc.font(run.font).fontSize(size).widthOfString(run.text);
}

/** Spans as runs in the style's weights, sanitized for the embedded font. */
export function runsOf(spans: Span[], style: TextStyle): Run[] {
  return spans.map((s) => ({ text: pdfText(s.text), font: s.bold ? style.boldFont : style.font }));
}

function wordsOf(doc: Doc, runs: Run[], size: number): Word[] {
  const words: Word[] = [];
  let current: Word | null = null;
  let space: Run | null = null;
  for (const run of runs) {
    for (const piece of run.text.match(/\s+|\S+/g) ?? []) {
      if (/^\s/.test(piece)) {
        current = null;
        space = { text: " ", font: run.font };
        continue;
      }
      if (!current) {
        const before = words.length > 0 ? space : null;
        current = {
          runs: [],
          width: 0,
          space: before,
          spaceWidth: before ? widthOf(doc, before, size) : 0,
        };
        words.push(current);
        space = null;
      }
      const part = { text: piece, font: run.font };
      current.runs.push(part);
      current.width += widthOf(doc, part, size);
    }
  }
  return words;
}

/** A word wider than the line (a long link, say) is cut where it overflows, letter by letter. */
function fitWord(doc: Doc, word: Word, size: number, width: number): Word[] {
  if (word.width <= width) return [word];
  const pieces: Word[] = [];
  let piece: Word = { runs: [], width: 0, space: word.space, spaceWidth: word.spaceWidth };
  for (const run of word.runs) {
    for (const char of run.text) {
      const charWidth = widthOf(doc, { text: char, font: run.font }, size);
      if (piece.width + charWidth > width && piece.runs.length > 0) {
        pieces.push(piece);
        piece = { runs: [], width: 0, space: null, spaceWidth: 0 };
      }
      const last = piece.runs.at(-1);
      if (last && last.font === run.font) last.text += char;
      else piece.runs.push({ text: char, font: run.font });
      piece.width += charWidth;
    }
  }
  pieces.push(piece);
  return pieces;
}

/** Adjacent runs in the same weight become one, so a line is drawn in as few pieces as it can. */
function merge(runs: Run[]): Line {
  const line: Line = [];
  for (const run of runs) {
    const last = line.at(-1);
    if (last && last.font === run.font) last.text += run.text;
    else line.push({ ...run });
  }
  return line;
}

/** Greedy left-aligned wrapping at spaces; the space that ends a line is dropped. */
export function wrapRuns(doc: Doc, runs: Run[], size: number, width: number): Line[] {
  const lines: Line[] = [];
  let line: Run[] = [];
  let lineWidth = 0;
  for (const word of wordsOf(doc, runs, size).flatMap((w) => fitWord(doc, w, size, width))) {
    const space = line.length > 0 ? word.space : null;
    const spaceWidth = space ? word.spaceWidth : 0;
    if (line.length > 0 && lineWidth + spaceWidth + word.width > width) {
      lines.push(merge(line));
      line = [...word.runs];
      lineWidth = word.width;
      continue;
    }
    if (space) line.push(space);
    line.push(...word.runs);
    lineWidth += spaceWidth + word.width;
  }
  if (line.length > 0) lines.push(merge(line));
  return lines;
}

/** Draws one line with its top at y, the glyphs centred in the style's line height. */
export function drawLine(doc: Doc, line: Line, x: number, y: number, style: TextStyle): void {
  doc.fillColor(style.color);
  let cursor = x;
  for (const run of line) {
    doc.font(run.font).fontSize(style.size);
    const leading = (style.lineHeight - doc.currentLineHeight()) / 2;
    doc.text(run.text, cursor, y + leading, { lineBreak: false });
    cursor += doc.widthOfString(run.text);
  }
}

export function lineWidth(doc: Doc, line: Line, size: number): number {
  return line.reduce((sum, run) => sum + widthOf(doc, run, size), 0);
}

/** Plain text as a line in one weight, for labels that never wrap. */
export function textLine(text: string, font: FontRole): Line {
  return [{ text: pdfText(text), font }];
}

/** Plain text in the style's weight, wrapped to `width`. */
export function wrapText(doc: Doc, text: string, style: TextStyle, width: number): Line[] {
  return wrapRuns(doc, textLine(text, style.font), style.size, width);
}
