import {
  FRACTURES,
  FRACTURE_INFO,
  SEVERITY_COLORS,
  SEVERITY_SCALE,
  severityBandOf,
  severityRangeOf,
  type FractureScore,
} from "@/lib/domain/diagnostic";
import { ROLE_LABELS, type RespondentRole } from "@/lib/domain/snapshot";
import { drawLines, ensureRoom, type Flow } from "./block-flow";
import { drawLine, lineWidth, textLine, wrapText } from "./text-lines";
import { COLORS, CONTENT_WIDTH, PAGE, TEXT, type Doc, type TextStyle } from "./theme";

export type RoleScores = { role: RespondentRole; fractures: FractureScore[] };

/** The same four bands, words and colours as the web report and the free diagnostic. */
const BANDS = SEVERITY_SCALE.map((s) => ({
  label: `${severityRangeOf(s.band)}: ${s.label}`,
  color: SEVERITY_COLORS[s.band],
}));

/** The band lines drawn across the chart: where each band above Holding starts. */
const BAND_LINES = SEVERITY_SCALE.slice(1).map((s) => s.from);

const colorOf = (score: number) => SEVERITY_COLORS[severityBandOf(score).band];

const LABEL: TextStyle = { ...TEXT.body, size: 9.5, lineHeight: 14 };
const VALUE: TextStyle = { ...LABEL, font: "semibold" };
const SMALL: TextStyle = { ...TEXT.caption, size: 7.5, lineHeight: 10, color: COLORS.faint };
const HEADER: TextStyle = { ...TEXT.caption, size: 8, font: "semibold" };

/** In chain order, whatever order they came in; a missing fracture reads as 0. */
function inChainOrder(scores: FractureScore[]): FractureScore[] {
  return FRACTURES.map((key) => ({ key, score: scores.find((s) => s.key === key)?.score ?? 0 }));
}

/** "the head of marketing" → "Head of marketing"; "the CEO" → "CEO". */
function roleHeading(role: RespondentRole): string {
  const label = ROLE_LABELS[role].replace(/^the /, "");
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function bar(doc: Doc, x: number, y: number, width: number, height: number, score: number): void {
  const radius = height / 2;
  doc.roundedRect(x, y, width, height, radius).fill(COLORS.track);
  const filled = (width * Math.min(Math.max(score, 0), 100)) / 100;
  if (filled > 0) {
    doc.roundedRect(x, y, filled, height, Math.min(radius, filled / 2)).fill(colorOf(score));
  }
}

function rightAligned(doc: Doc, text: string, right: number, y: number, style: TextStyle): void {
  const line = textLine(text, style.font);
  drawLine(doc, line, right - lineWidth(doc, line, style.size), y, style);
}

function drawHeading(flow: Flow, title: string, caption: string, bodyHeight: number): void {
  const captionLines = wrapText(flow.doc, caption, TEXT.caption, CONTENT_WIDTH);
  const height = TEXT.chartTitle.lineHeight + 2 + captionLines.length * TEXT.caption.lineHeight;
  ensureRoom(flow, height + 14 + bodyHeight);
  drawLines(flow, [textLine(title, TEXT.chartTitle.font)], TEXT.chartTitle);
  flow.y += 2;
  drawLines(flow, captionLines, TEXT.caption);
  flow.y += 14;
}

function drawLegend(flow: Flow): void {
  const { doc } = flow;
  let x = PAGE.left;
  for (const band of BANDS) {
    doc.roundedRect(x, flow.y + 2.5, 8, 8, 2).fill(band.color);
    const line = textLine(band.label, "regular");
    drawLine(doc, line, x + 13, flow.y, { ...TEXT.caption, lineHeight: 13 });
    x += 13 + lineWidth(doc, line, TEXT.caption.size) + 22;
  }
  flow.y += 13;
}

const ROW = 26;
const BAR = 11;

/** Horizontal bars of the combined score per fracture, with the bands' guide lines and a legend. */
export function drawFractureChart(flow: Flow, combined: FractureScore[]): void {
  const { doc } = flow;
  const rows = inChainOrder(combined);
  drawHeading(
    flow,
    "The five fractures",
    "Combined over every respondent, in the order the revenue chain runs. 0 means no leak, 100 a broken link.",
    SMALL.lineHeight + rows.length * ROW + 12 + 13,
  );
  const labels = rows.map((r) => textLine(FRACTURE_INFO[r.key].name, LABEL.font));
  const labelWidth = Math.max(...labels.map((l) => lineWidth(doc, l, LABEL.size)));
  const trackX = PAGE.left + labelWidth + 16;
  const trackWidth = PAGE.right - 30 - trackX;
  const top = flow.y + SMALL.lineHeight;
  const bottom = top + rows.length * ROW;

  for (const tick of [0, ...BAND_LINES, 100]) {
    const x = trackX + (trackWidth * tick) / 100;
    const line = textLine(String(tick), SMALL.font);
    drawLine(doc, line, x - lineWidth(doc, line, SMALL.size) / 2, flow.y, SMALL);
    if (BAND_LINES.includes(tick)) {
      doc
        .save()
        .moveTo(x, top)
        .lineTo(x, bottom)
        .lineWidth(0.6)
        .dash(2, { space: 2 })
        .stroke(COLORS.faint)
        .restore();
    }
  }
  rows.forEach((row, i) => {
    const y = top + i * ROW;
    drawLine(doc, labels[i]!, PAGE.left, y + (ROW - LABEL.lineHeight) / 2, LABEL);
    bar(doc, trackX, y + (ROW - BAR) / 2, trackWidth, BAR, row.score);
    rightAligned(
      doc,
      String(Math.round(row.score)),
      PAGE.right,
      y + (ROW - VALUE.lineHeight) / 2,
      VALUE,
    );
  });
  flow.y = bottom + 12;
  drawLegend(flow);
}

const ROLE_ROW = 21;
const ROLE_BAR = 7;

/** A compact table: one row per fracture, one column per role, each cell a small bar and its score. */
export function drawRoleChart(flow: Flow, byRole: RoleScores[]): void {
  const { doc } = flow;
  drawHeading(
    flow,
    "Scores by role",
    "Each leader answered alone. Where one row's scores sit far apart, the leaders see that link differently.",
    HEADER.lineHeight + 6 + FRACTURES.length * ROLE_ROW,
  );
  const labelWidth = 112;
  const columnWidth = (CONTENT_WIDTH - labelWidth) / byRole.length;
  const columns = byRole.map((r, i) => ({
    x: PAGE.left + labelWidth + i * columnWidth,
    scores: inChainOrder(r.fractures),
    heading: roleHeading(r.role),
  }));
  for (const column of columns) {
    drawLine(doc, textLine(column.heading, HEADER.font), column.x, flow.y, HEADER);
  }
  flow.y += HEADER.lineHeight + 6;
  doc.moveTo(PAGE.left, flow.y).lineTo(PAGE.right, flow.y).lineWidth(0.5).stroke(COLORS.rule);

  FRACTURES.forEach((key, i) => {
    const y = flow.y + i * ROLE_ROW;
    drawLine(
      doc,
      textLine(FRACTURE_INFO[key].shortName, LABEL.font),
      PAGE.left,
      y + (ROLE_ROW - LABEL.lineHeight) / 2,
      { ...LABEL, size: 9 },
    );
    for (const column of columns) {
      const score = column.scores[i]!.score;
      const barWidth = columnWidth - 40;
      bar(doc, column.x, y + (ROLE_ROW - ROLE_BAR) / 2, barWidth, ROLE_BAR, score);
      drawLine(
        doc,
        textLine(String(Math.round(score)), VALUE.font),
        column.x + barWidth + 6,
        y + (ROLE_ROW - LABEL.lineHeight) / 2,
        { ...VALUE, size: 8.5 },
      );
    }
    doc
      .moveTo(PAGE.left, y + ROLE_ROW)
      .lineTo(PAGE.right, y + ROLE_ROW)
      .lineWidth(0.5)
      .stroke(COLORS.rule);
  });
  flow.y += FRACTURES.length * ROLE_ROW;
}
