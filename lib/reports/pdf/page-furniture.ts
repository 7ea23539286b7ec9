import { drawLines, type Flow } from "./block-flow";
import { drawLine, lineWidth, textLine, wrapText, type Line } from "./text-lines";
import { COLORS, CONTENT_WIDTH, PAGE, TEXT, type Doc, type TextStyle } from "./theme";

export type TitleBlock = {
  companyName: string;
  versionNumber: number;
  publishedAt: Date;
  preparedBy: string | null;
};

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

const COMPANY: TextStyle = { ...TEXT.sectionTitle, size: 28, lineHeight: 34 };
const META: TextStyle = { ...TEXT.body, color: COLORS.muted };
const FOOTER: TextStyle = { ...TEXT.caption, size: 8, lineHeight: 10 };

/** An indigo band across the top of the first page, then who the assessment is for and when. */
export function drawTitleBlock(flow: Flow, title: TitleBlock): void {
  const { doc } = flow;
  doc.rect(0, 0, PAGE.width, 6).fill(COLORS.brand);

  doc
    .font("semibold")
    .fontSize(8.5)
    .fillColor(COLORS.brand)
    .text("SNAPSHOT ASSESSMENT", PAGE.left, flow.y, { lineBreak: false, characterSpacing: 1.4 });
  flow.y += 20;

  drawLines(flow, wrapText(doc, title.companyName, COMPANY, CONTENT_WIDTH), COMPANY);
  flow.y += 8;

  const meta = [
    `Version ${title.versionNumber}`,
    dateFormat.format(title.publishedAt),
    title.preparedBy?.trim() ? `Prepared by ${title.preparedBy.trim()}` : null,
  ].filter((part): part is string => part !== null);
  drawLines(flow, wrapText(doc, meta.join("  ·  "), META, CONTENT_WIDTH), META);
  flow.y += 18;
  doc.moveTo(PAGE.left, flow.y).lineTo(PAGE.right, flow.y).lineWidth(0.75).stroke(COLORS.rule);
  flow.y += 26;
}

/** The footer's label, the company name shortened with "…" if it would run into the page number. */
function footerLabel(doc: Doc, title: TitleBlock, width: number): Line {
  const suffix = ` — Snapshot assessment v${title.versionNumber}`;
  let name = title.companyName.trim();
  let label = textLine(name + suffix, "regular");
  while (name.length > 1 && lineWidth(doc, label, FOOTER.size) > width) {
    name = name.slice(0, -1);
    label = textLine(`${name.trimEnd()}…${suffix}`, "regular");
  }
  return label;
}

/** "Company — Snapshot assessment v3" and "Page 2 of 7" under a hairline, on every page. */
export function drawFooters(doc: Doc, title: TitleBlock): void {
  const { start, count } = doc.bufferedPageRange();
  const label = footerLabel(doc, title, CONTENT_WIDTH - 90);
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i);
    const y = PAGE.footerY;
    doc
      .moveTo(PAGE.left, y - 8)
      .lineTo(PAGE.right, y - 8)
      .lineWidth(0.5)
      .stroke(COLORS.rule);
    drawLine(doc, label, PAGE.left, y, FOOTER);
    const page = textLine(`Page ${i + 1} of ${count}`, "regular");
    drawLine(doc, page, PAGE.right - lineWidth(doc, page, FOOTER.size), y, FOOTER);
  }
}
