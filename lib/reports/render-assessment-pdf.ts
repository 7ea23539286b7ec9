import "server-only";
import PDFDocument from "pdfkit";
import type { FractureScore } from "@/lib/domain/diagnostic";
import type { RespondentRole } from "@/lib/domain/snapshot";
import { parseBlocks } from "./markdown-blocks";
import {
  chunksOf,
  drawChunks,
  drawLines,
  ensureRoom,
  headHeight,
  newPage,
  type Flow,
} from "./pdf/block-flow";
import { collectPdf } from "./pdf/collect-pdf";
import { interFonts, registerInter } from "./pdf/inter-fonts";
import { accentOf, drawFooters, drawTitleBlock, type PdfBrand } from "./pdf/page-furniture";
import { drawFractureChart, drawRoleChart } from "./pdf/score-charts";
import { wrapText } from "./pdf/text-lines";
import { CONTENT_WIDTH, PAGE, SPACE, TEXT } from "./pdf/theme";

export { assessmentPdfFileName } from "./assessment-pdf-file-name";
export type { PdfBrand } from "./pdf/page-furniture";

export type AssessmentPdfInput = {
  companyName: string;
  /** The consultancy that prepared it, or the company itself when it bought its own. */
  brand: PdfBrand;
  versionNumber: number;
  publishedAt: Date;
  /** Bodies in markdown-lite (see parseBlocks). */
  sections: { key: string; title: string; body: string }[];
  figures: {
    /** In chain order; 0–100, higher leaks more. */
    combined: FractureScore[];
    byRole: { role: RespondentRole; fractures: FractureScore[] }[];
  };
};

/** A short rule in the brand's colour, then the title, kept on one page with the start of the body. */
function drawSection(
  flow: Flow,
  section: AssessmentPdfInput["sections"][number],
  accent: string,
): void {
  const { doc } = flow;
  const style = TEXT.sectionTitle;
  const title = wrapText(doc, section.title, style, CONTENT_WIDTH);
  const chunks = chunksOf(doc, parseBlocks(section.body));
  const first = chunks[0];
  if (flow.y > PAGE.top) flow.y += SPACE.section;
  ensureRoom(
    flow,
    12 + title.length * style.lineHeight + (first ? first.gapBefore + headHeight(chunks) : 0),
  );
  doc.rect(PAGE.left, flow.y, 24, 2.5).fill(accent);
  flow.y += 12;
  drawLines(flow, title, style);
  drawChunks(flow, chunks);
}

/**
 * The published assessment as an A4 PDF: title block, the fracture charts drawn as vector shapes,
 * then every section, with page numbers in the footer. Made in-process, without a browser.
 */
export async function renderAssessmentPdf(input: AssessmentPdfInput): Promise<Buffer> {
  const fonts = await interFonts();
  const doc = new PDFDocument({
    size: "A4",
    margin: 0,
    bufferPages: true,
    displayTitle: true,
    lang: "en",
    info: {
      Title: `${input.companyName} — Snapshot assessment v${input.versionNumber}`,
      // Whichever way it is downloaded, the document is the consultancy's.
      Author: input.brand.name,
      Subject: "Snapshot assessment",
      CreationDate: input.publishedAt,
    },
  });
  const output = collectPdf(doc);
  registerInter(doc, fonts);

  const flow: Flow = { doc, y: PAGE.top };
  drawTitleBlock(flow, input);
  drawFractureChart(flow, input.figures.combined);
  if (input.figures.byRole.length > 1) {
    flow.y += 34;
    drawRoleChart(flow, input.figures.byRole);
  }
  // The first page is the figures at a glance; the written assessment starts on a page of its own.
  newPage(flow);
  const accent = accentOf(input.brand);
  for (const section of input.sections) drawSection(flow, section, accent);
  drawFooters(doc, input);
  doc.end();
  return output;
}
