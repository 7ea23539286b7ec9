import { drawLines, type Flow } from "./block-flow";
import { drawLine, lineWidth, textLine, wrapText, type Line } from "./text-lines";
import { COLORS, CONTENT_WIDTH, PAGE, TEXT, type Doc, type TextStyle } from "./theme";

/** Who the report is by: the consultancy (or the company, for its own Snapshot). */
export type PdfBrand = {
  name: string;
  /** The band and rules; the product's indigo when null. */
  accentColor: string | null;
  /** An uploaded PNG or JPEG, already checked; null draws no logo. */
  logo: { bytes: Uint8Array; width: number; height: number } | null;
  preparedBy: {
    name: string | null;
    title: string | null;
    email: string | null;
    phone: string | null;
  } | null;
};

export type TitleBlock = {
  companyName: string;
  versionNumber: number;
  publishedAt: Date;
  brand: PdfBrand;
};

export const accentOf = (brand: PdfBrand) => brand.accentColor ?? COLORS.brand;

/** A company reading its own assessment with no one named is not told it prepared it. */
function preparedByShown(title: TitleBlock): boolean {
  return title.brand.preparedBy !== null || title.brand.name.trim() !== title.companyName.trim();
}

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

const COMPANY: TextStyle = { ...TEXT.sectionTitle, size: 28, lineHeight: 34 };
const META: TextStyle = { ...TEXT.body, color: COLORS.muted };
const FOOTER: TextStyle = { ...TEXT.caption, size: 8, lineHeight: 10 };
const LABEL: TextStyle = { ...TEXT.caption, size: 7.5, lineHeight: 11, color: COLORS.faint };
const PERSON: TextStyle = { ...TEXT.body, font: "semibold" };

/** The logo's box on the cover, in points: it is fitted inside, keeping its proportions. */
const LOGO_BOX = { width: 180, height: 48 };

/** The uploaded logo at the top left of the cover; an image the PDF cannot read is left out. */
function drawLogo(flow: Flow, logo: NonNullable<PdfBrand["logo"]>): void {
  const scale = Math.min(LOGO_BOX.width / logo.width, LOGO_BOX.height / logo.height, 1);
  const height = logo.height * scale;
  try {
    flow.doc.image(Buffer.from(logo.bytes), PAGE.left, flow.y, {
      width: logo.width * scale,
      height,
    });
  } catch {
    return;
  }
  flow.y += height + 24;
}

/** "Prepared by", the consultant with their title, the consultancy, and how to reach them. */
function drawPreparedBy(flow: Flow, title: TitleBlock): void {
  const { doc } = flow;
  const { name: consultancy, preparedBy } = title.brand;
  drawLines(flow, [textLine("PREPARED BY", "semibold")], LABEL);
  const person = [preparedBy?.name, preparedBy?.title].filter(Boolean).join(", ");
  if (person) drawLines(flow, wrapText(doc, person, PERSON, CONTENT_WIDTH), PERSON);
  drawLines(flow, wrapText(doc, consultancy, person ? META : PERSON, CONTENT_WIDTH), META);
  const contact = [preparedBy?.email, preparedBy?.phone].filter(Boolean).join("  ·  ");
  if (contact) drawLines(flow, wrapText(doc, contact, META, CONTENT_WIDTH), META);
}

/**
 * A band in the brand's colour across the top of the cover, the brand's logo, who the assessment
 * is for and when, then who prepared it.
 */
export function drawTitleBlock(flow: Flow, title: TitleBlock): void {
  const { doc } = flow;
  const accent = accentOf(title.brand);
  doc.rect(0, 0, PAGE.width, 6).fill(accent);
  if (title.brand.logo) drawLogo(flow, title.brand.logo);

  doc
    .font("semibold")
    .fontSize(8.5)
    .fillColor(accent)
    .text("SNAPSHOT ASSESSMENT", PAGE.left, flow.y, { lineBreak: false, characterSpacing: 1.4 });
  flow.y += 20;

  drawLines(flow, wrapText(doc, title.companyName, COMPANY, CONTENT_WIDTH), COMPANY);
  flow.y += 8;

  const meta = `Version ${title.versionNumber}  ·  ${dateFormat.format(title.publishedAt)}`;
  drawLines(flow, wrapText(doc, meta, META, CONTENT_WIDTH), META);
  if (preparedByShown(title)) {
    flow.y += 14;
    drawPreparedBy(flow, title);
  }
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

/**
 * "Company — Snapshot assessment v3" and "Prepared by Consultancy · Page 2 of 7" under a
 * hairline, on every page.
 */
export function drawFooters(doc: Doc, title: TitleBlock): void {
  const { start, count } = doc.bufferedPageRange();
  const by = preparedByShown(title) ? `Prepared by ${title.brand.name.trim()}  ·  ` : "";
  const widest = textLine(`${by}Page ${count} of ${count}`, "regular");
  const label = footerLabel(doc, title, CONTENT_WIDTH - lineWidth(doc, widest, FOOTER.size) - 24);
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i);
    const y = PAGE.footerY;
    doc
      .moveTo(PAGE.left, y - 8)
      .lineTo(PAGE.right, y - 8)
      .lineWidth(0.5)
      .stroke(COLORS.rule);
    drawLine(doc, label, PAGE.left, y, FOOTER);
    const page = textLine(`${by}Page ${i + 1} of ${count}`, "regular");
    drawLine(doc, page, PAGE.right - lineWidth(doc, page, FOOTER.size), y, FOOTER);
  }
}
