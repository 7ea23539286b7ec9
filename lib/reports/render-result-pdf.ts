import "server-only";
import PDFDocument from "pdfkit";
import {
  FRACTURES,
  FRACTURE_INFO,
  SEVERITY_COLORS,
  SEVERITY_SCALE,
  severityBandOf,
  startHere,
  type FractureKey,
  type FractureScore,
  type SeverityBand,
} from "@/lib/domain/diagnostic";
import { formatMoneyRange, type DiagnosticPricing } from "@/lib/domain/pricing";
import { drawLines, type Flow } from "./pdf/block-flow";
import { collectPdf } from "./pdf/collect-pdf";
import { interFonts, registerInter } from "./pdf/inter-fonts";
import { drawLine, lineWidth, textLine, wrapText } from "./pdf/text-lines";
import { COLORS, CONTENT_WIDTH, PAGE, TEXT, type Doc, type TextStyle } from "./pdf/theme";

export type ResultPdfInput = {
  takenAt: Date;
  bankVersion: string;
  /** The organization whose link the diagnostic was taken through, or null for our own. */
  via: string | null;
  /** 0–100 per fracture, higher leaks more. */
  fractures: FractureScore[];
  primary: FractureKey | null;
  /** The fractures worth repairing, in the order to repair them. */
  repairPlan: FractureScore[];
  /** What each repair is worth per quarter; null for a result stored before results were priced. */
  pricing: DiagnosticPricing | null;
};

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

const EYEBROW: TextStyle = { ...TEXT.caption, size: 8.5, font: "semibold", color: COLORS.brand };
const TITLE: TextStyle = { ...TEXT.sectionTitle, size: 26, lineHeight: 31 };
const LEAD: TextStyle = { ...TEXT.body, size: 12, lineHeight: 17 };
const MUTED: TextStyle = { ...TEXT.body, color: COLORS.muted };
const LABEL: TextStyle = { ...TEXT.body, size: 9.5, lineHeight: 14 };
const VALUE: TextStyle = { ...LABEL, font: "semibold" };
const PILL: TextStyle = { ...TEXT.body, size: 10, lineHeight: 20, font: "semibold", color: "#fff" };
const FOOTER: TextStyle = { ...TEXT.caption, size: 8, lineHeight: 10 };

const colorOf = (score: number) => SEVERITY_COLORS[severityBandOf(score).band];
const bandFrom = (band: SeverityBand) => SEVERITY_SCALE.find((s) => s.band === band)!.from;

function eyebrow(flow: Flow, text: string, color: string = COLORS.brand): void {
  flow.doc
    .font(EYEBROW.font)
    .fontSize(EYEBROW.size)
    .fillColor(color)
    .text(text.toUpperCase(), PAGE.left, flow.y, { lineBreak: false, characterSpacing: 1.4 });
  flow.y += 16;
}

function rule(flow: Flow): void {
  flow.doc.moveTo(PAGE.left, flow.y).lineTo(PAGE.right, flow.y).lineWidth(0.75).stroke(COLORS.rule);
}

/** "Leaking · 62/100" in white on the band's colour. */
function drawPill(flow: Flow, score: number): void {
  const { doc } = flow;
  const line = textLine(`${severityBandOf(score).label} · ${score}/100`, PILL.font);
  const width = lineWidth(doc, line, PILL.size) + 20;
  doc
    .roundedRect(PAGE.left, flow.y, width, PILL.lineHeight, PILL.lineHeight / 2)
    .fill(colorOf(score));
  drawLine(doc, line, PAGE.left + 10, flow.y, PILL);
  flow.y += PILL.lineHeight;
}

function drawHeadline(flow: Flow, input: ResultPdfInput): void {
  const primary = input.primary;
  const score = primary ? input.fractures.find((f) => f.key === primary)?.score : undefined;
  if (primary && score !== undefined) {
    eyebrow(flow, "The fracture costing the most", COLORS.muted);
    drawLines(flow, wrapText(flow.doc, FRACTURE_INFO[primary].name, TITLE, CONTENT_WIDTH), TITLE);
    flow.y += 8;
    drawPill(flow, score);
    flow.y += 14;
    drawLines(flow, wrapText(flow.doc, FRACTURE_INFO[primary].summary, LEAD, CONTENT_WIDTH), LEAD);
    flow.y += 6;
    drawLines(
      flow,
      wrapText(flow.doc, FRACTURE_INFO[primary].explanation, MUTED, CONTENT_WIDTH),
      MUTED,
    );
    return;
  }
  eyebrow(flow, "No major leak", SEVERITY_COLORS.holding);
  drawLines(flow, wrapText(flow.doc, "The revenue chain is holding", TITLE, CONTENT_WIDTH), TITLE);
  flow.y += 10;
  drawLines(
    flow,
    wrapText(
      flow.doc,
      "No fracture scored 25 or more. Retake the diagnostic each quarter: relationship dependence and silos tend to return as teams change.",
      LEAD,
      CONTENT_WIDTH,
    ),
    LEAD,
  );
}

function heading(flow: Flow, text: string): void {
  drawLines(flow, [textLine(text, TEXT.chartTitle.font)], TEXT.chartTitle);
  flow.y += 8;
}

const ROW = 22;
const BAR = 10;

/** One bar per fracture in chain order, coloured by band, with its score and its band's name. */
function drawScores(flow: Flow, input: ResultPdfInput): void {
  const { doc } = flow;
  heading(flow, "The five fractures");
  const rows = FRACTURES.map((key) => ({
    key,
    score: input.fractures.find((f) => f.key === key)?.score ?? 0,
  }));
  const labels = rows.map((r) => textLine(FRACTURE_INFO[r.key].name, LABEL.font));
  const labelWidth = Math.max(...labels.map((l) => lineWidth(doc, l, LABEL.size)));
  const trackX = PAGE.left + labelWidth + 14;
  const trackWidth = PAGE.right - 96 - trackX;
  rows.forEach((row, i) => {
    const y = flow.y + i * ROW;
    const primary = row.key === input.primary;
    const style = primary ? VALUE : LABEL;
    drawLine(doc, [{ ...labels[i]![0]!, font: style.font }], PAGE.left, y + (ROW - 14) / 2, style);
    doc.roundedRect(trackX, y + (ROW - BAR) / 2, trackWidth, BAR, BAR / 2).fill(COLORS.track);
    const filled = (trackWidth * Math.min(Math.max(row.score, 0), 100)) / 100;
    if (filled > 0) {
      doc
        .roundedRect(trackX, y + (ROW - BAR) / 2, filled, BAR, Math.min(BAR / 2, filled / 2))
        .fill(colorOf(row.score));
    }
    const value = textLine(String(row.score), VALUE.font);
    drawLine(doc, value, trackX + trackWidth + 10, y + (ROW - 14) / 2, VALUE);
    drawLine(
      doc,
      textLine(severityBandOf(row.score).label, "regular"),
      trackX + trackWidth + 34,
      y + (ROW - 14) / 2,
      { ...LABEL, color: COLORS.muted },
    );
  });
  flow.y += rows.length * ROW + 4;
  drawLines(
    flow,
    wrapText(
      doc,
      `Leak score from 0 (holding) to 100 (broken): ${bandFrom("strained")} and over is strained, ${bandFrom("leaking")} leaking, ${bandFrom("broken")} broken.`,
      TEXT.caption,
      CONTENT_WIDTH,
    ),
    TEXT.caption,
  );
}

function drawRepair(flow: Flow, input: ResultPdfInput): void {
  const { doc } = flow;
  const priced = input.pricing?.status === "priced" ? input.pricing : null;
  heading(flow, "First repair step");
  // The page's own rule: the first fracture of the repair order that needs repair, which need
  // not be the costliest.
  const start = startHere(input.fractures);
  const step = start
    ? `Start with ${FRACTURE_INFO[start.key].shortName.toLowerCase()}. ${FRACTURE_INFO[start.key].firstRepairStep}`
    : "Nothing urgent. Put a recurring check on the calendar so a drift shows up early.";
  drawLines(flow, wrapText(doc, step, TEXT.body, CONTENT_WIDTH), TEXT.body);
  if (input.repairPlan.length === 0) return;
  flow.y += 16;
  // The reason for the order sits on the heading's line, right-aligned, to keep the page to one.
  const why = textLine("Upstream first: each repair makes the next one cheaper.", "regular");
  drawLine(doc, why, PAGE.right - lineWidth(doc, why, TEXT.caption.size), flow.y + 2, TEXT.caption);
  heading(flow, "Repair order");
  input.repairPlan.forEach((fracture, index) => {
    const y = flow.y;
    doc.circle(PAGE.left + 8, y + 8, 8).fill(COLORS.brand);
    const number = textLine(String(index + 1), "semibold");
    drawLine(doc, number, PAGE.left + 8 - lineWidth(doc, number, 8.5) / 2, y + 1, {
      ...VALUE,
      size: 8.5,
      color: "#fff",
    });
    const name = textLine(FRACTURE_INFO[fracture.key].name, "semibold");
    drawLine(doc, name, PAGE.left + 26, y + 1, { ...VALUE, size: 10 });
    drawLine(
      doc,
      textLine(`${fracture.score}/100`, "regular"),
      PAGE.left + 34 + lineWidth(doc, name, 10),
      y + 1,
      { ...LABEL, color: COLORS.muted },
    );
    const price = priced?.prices.find((p) => p.key === fracture.key);
    if (price) {
      const figure = textLine(
        `${formatMoneyRange(price.lowPerQuarter, price.highPerQuarter)} a quarter`,
        "semibold",
      );
      drawLine(doc, figure, PAGE.right - lineWidth(doc, figure, 10), y + 1, { ...VALUE, size: 10 });
    }
    flow.y += 19;
  });
  const note = moneyNote(input.pricing);
  if (note) {
    flow.y += 2;
    drawLines(flow, wrapText(doc, note, TEXT.caption, CONTENT_WIDTH), TEXT.caption);
  }
}

/** Under the repair order: what the figures beside it are, or how to have them. */
function moneyNote(pricing: DiagnosticPricing | null): string | null {
  if (!pricing) return null;
  if (pricing.status === "needs-revenue") {
    return "Give your revenue band on the result page and it prices each repair per quarter.";
  }
  if (pricing.prices.length === 0) return null;
  return "Revenue each repair wins back in a quarter, from the revenue band: overlapping ranges, not added up. Assumptions on the result page.";
}

function drawFooter(doc: Doc): void {
  const y = PAGE.footerY;
  doc
    .moveTo(PAGE.left, y - 8)
    .lineTo(PAGE.right, y - 8)
    .lineWidth(0.5)
    .stroke(COLORS.rule);
  drawLine(
    doc,
    textLine("Revenue Chain — Revenue Leak Diagnostic", "regular"),
    PAGE.left,
    y,
    FOOTER,
  );
  const note = textLine("Twelve answers from one person: a direction, not a verdict.", "regular");
  drawLine(doc, note, PAGE.right - lineWidth(doc, note, FOOTER.size), y, FOOTER);
}

/**
 * A diagnostic result on one A4 page, to forward or print: the costliest fracture and its band,
 * the five scores, the first repair step and the order to repair in, each with what it is worth
 * per quarter when the result is priced. The answers stay on the
 * private page. Nothing on it grows with input beyond one organization's name, so it always
 * fits one page.
 */
export async function renderResultPdf(input: ResultPdfInput): Promise<Buffer> {
  const fonts = await interFonts();
  const title = input.primary ? FRACTURE_INFO[input.primary].name : "No major leak";
  const doc = new PDFDocument({
    size: "A4",
    margin: 0,
    displayTitle: true,
    lang: "en",
    info: {
      Title: `Revenue Leak Diagnostic — ${title}`,
      Author: "Revenue Chain",
      Subject: "Revenue Leak Diagnostic result",
      CreationDate: input.takenAt,
    },
  });
  const output = collectPdf(doc);
  registerInter(doc, fonts);

  const flow: Flow = { doc, y: PAGE.top };
  doc.rect(0, 0, PAGE.width, 6).fill(COLORS.brand);
  eyebrow(flow, "Revenue Leak Diagnostic");
  const via = input.via?.trim() ? `Taken through ${input.via.trim()}` : null;
  const meta = [
    `Taken ${dateFormat.format(input.takenAt)}`,
    `question set ${input.bankVersion}`,
    via,
  ]
    .filter((part): part is string => part !== null)
    .join("  ·  ");
  // A long organization name wraps to two lines at most, so the page keeps its one-page shape.
  drawLines(flow, wrapText(doc, meta, MUTED, CONTENT_WIDTH).slice(0, 2), MUTED);
  flow.y += 10;
  rule(flow);
  flow.y += 20;

  drawHeadline(flow, input);
  flow.y += 18;
  drawScores(flow, input);
  flow.y += 16;
  drawRepair(flow, input);
  // Every text on the page is ours and bounded, so this is a layout mistake, caught by the tests.
  if (flow.y > PAGE.bottom) {
    throw new Error(
      `The diagnostic result no longer fits on one page (${Math.ceil(flow.y - PAGE.bottom)} pt over).`,
    );
  }
  drawFooter(doc);
  doc.end();
  return output;
}

/** "revenue-leak-diagnostic-positioning-2026-12-01.pdf": what it is, the fracture, the day (UTC). */
export function resultPdfFileName(primary: FractureKey | null, takenAt: Date): string {
  const fracture = primary ? `-${primary.toLowerCase()}` : "";
  return `revenue-leak-diagnostic${fracture}-${takenAt.toISOString().slice(0, 10)}.pdf`;
}
