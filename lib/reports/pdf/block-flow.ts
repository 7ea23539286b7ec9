import type { Block } from "../markdown-blocks";
import { drawLine, runsOf, wrapRuns, wrapText, type Line } from "./text-lines";
import { COLORS, CONTENT_WIDTH, PAGE, SPACE, TEXT, type Doc, type TextStyle } from "./theme";

/** Where the next thing goes on the current page. */
export type Flow = { doc: Doc; y: number };

/**
 * The unit pages break around: a paragraph, a heading or one bullet. It splits only where at
 * least two lines stay on each side, so no page starts or ends on a lone line.
 */
export type Chunk = {
  lines: Line[];
  style: TextStyle;
  indent: number;
  gapBefore: number;
  bullet: boolean;
  /** A heading, or a lead-in such as "Weakest answers:", stays on the page of what it introduces. */
  keepWithNext: boolean;
};

const MIN_LINES = 2;
const BULLET_INDENT = 16;
/** Longer paragraphs are prose, not lead-ins, and may end a page. */
const MAX_LEAD_LINES = 3;

export function newPage(flow: Flow): void {
  flow.doc.addPage();
  flow.y = PAGE.top;
}

/** Starts a new page unless `height` more points fit on this one. */
export function ensureRoom(flow: Flow, height: number): void {
  if (flow.y + height > PAGE.bottom) newPage(flow);
}

/** Draws lines one under the other from flow.y on, without breaking the page. */
export function drawLines(flow: Flow, lines: Line[], style: TextStyle): void {
  for (const line of lines) {
    drawLine(flow.doc, line, PAGE.left, flow.y, style);
    flow.y += style.lineHeight;
  }
}

/** The blocks as chunks, wrapped to the content width. */
export function chunksOf(doc: Doc, blocks: Block[]): Chunk[] {
  const body = TEXT.body;
  return blocks.flatMap((block, i): Chunk[] => {
    const next = blocks[i + 1];
    if (block.kind === "heading") {
      const lines = wrapText(doc, block.text, TEXT.heading, CONTENT_WIDTH);
      return [
        {
          lines,
          style: TEXT.heading,
          indent: 0,
          gapBefore: SPACE.heading,
          bullet: false,
          keepWithNext: !!next,
        },
      ];
    }
    if (block.kind === "paragraph") {
      const lead = block.spans[0]?.bold === true;
      const introduces = block.spans.at(-1)?.text.trimEnd().endsWith(":") === true;
      const lines = wrapRuns(doc, runsOf(block.spans, body), body.size, CONTENT_WIDTH);
      return [
        {
          lines,
          style: body,
          indent: 0,
          gapBefore: lead ? SPACE.lead : SPACE.paragraph,
          bullet: false,
          keepWithNext: !!next && (lead || introduces) && lines.length <= MAX_LEAD_LINES,
        },
      ];
    }
    const afterIntro = blocks[i - 1]?.kind === "paragraph";
    return block.items.map((item, j) => ({
      lines: wrapRuns(doc, runsOf(item, body), body.size, CONTENT_WIDTH - BULLET_INDENT),
      style: body,
      indent: BULLET_INDENT,
      gapBefore: j > 0 || afterIntro ? SPACE.bullet : SPACE.paragraph,
      bullet: true,
      keepWithNext: false,
    }));
  });
}

const heightOf = (chunk: Chunk, lines = chunk.lines.length) => lines * chunk.style.lineHeight;

/** The least of a chunk that must share a page with whatever comes before it. */
export function headHeight(chunks: Chunk[], from = 0): number {
  const chunk = chunks[from];
  if (!chunk) return 0;
  const next = chunks[from + 1];
  if (chunk.keepWithNext && next)
    return heightOf(chunk) + next.gapBefore + headHeight(chunks, from + 1);
  const lines = chunk.lines.length <= MIN_LINES * 2 - 1 ? chunk.lines.length : MIN_LINES;
  return heightOf(chunk, lines);
}

function drawBullet(doc: Doc, chunk: Chunk, y: number): void {
  const radius = 1.8;
  doc.circle(PAGE.left + 5, y + chunk.style.lineHeight / 2, radius).fill(COLORS.brand);
}

/** How many of the lines left to draw go on this page, keeping two lines on each side of a break. */
function linesThatFit(flow: Flow, chunk: Chunk, left: number): number {
  const room = Math.floor((PAGE.bottom - flow.y + 0.01) / chunk.style.lineHeight);
  if (room >= left) return left;
  const take = Math.min(room, left - MIN_LINES);
  return take >= MIN_LINES ? take : 0;
}

function drawChunk(flow: Flow, chunk: Chunk): void {
  const { doc } = flow;
  let drawn = 0;
  while (drawn < chunk.lines.length) {
    const take = linesThatFit(flow, chunk, chunk.lines.length - drawn);
    if (take === 0) {
      newPage(flow);
      continue;
    }
    for (const line of chunk.lines.slice(drawn, drawn + take)) {
      if (drawn === 0 && chunk.bullet) drawBullet(doc, chunk, flow.y);
      drawLine(doc, line, PAGE.left + chunk.indent, flow.y, chunk.style);
      flow.y += chunk.style.lineHeight;
      drawn += 1;
    }
    if (drawn < chunk.lines.length) newPage(flow);
  }
}

/** Draws the chunks from flow.y on, breaking pages where the rules above allow. */
export function drawChunks(flow: Flow, chunks: Chunk[]): void {
  chunks.forEach((chunk, i) => {
    if (flow.y > PAGE.top) flow.y += chunk.gapBefore;
    if (flow.y + headHeight(chunks, i) > PAGE.bottom) newPage(flow);
    drawChunk(flow, chunk);
  });
}
