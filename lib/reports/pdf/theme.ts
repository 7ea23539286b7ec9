/** The weights of Inter the report embeds, by the name each is registered under. */
export type FontRole = "regular" | "semibold" | "bold";

export type Doc = PDFKit.PDFDocument;

/** A4 in points, with margins wide enough to hold the page in one hand and annotate it. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  left: 68,
  right: 595.28 - 68,
  top: 64,
  /** Where body text stops; the footer sits below it. */
  bottom: 841.89 - 78,
  footerY: 841.89 - 48,
} as const;

export const CONTENT_WIDTH = PAGE.right - PAGE.left;

export const COLORS = {
  ink: "#0f172a",
  muted: "#475569",
  faint: "#94a3b8",
  rule: "#e2e8f0",
  track: "#f1f5f9",
  brand: "#4f46e5",
} as const;

/** A size with its line height, so every line of one kind of text sits on the same rhythm. */
export type TextStyle = {
  size: number;
  lineHeight: number;
  color: string;
  font: FontRole;
  /** The weight of **bold** spans. */
  boldFont: FontRole;
};

export const TEXT = {
  body: { size: 10, lineHeight: 15.5, color: COLORS.ink, font: "regular", boldFont: "semibold" },
  heading: { size: 11, lineHeight: 15, color: COLORS.ink, font: "semibold", boldFont: "semibold" },
  sectionTitle: { size: 16, lineHeight: 21, color: COLORS.ink, font: "bold", boldFont: "bold" },
  chartTitle: { size: 12, lineHeight: 16, color: COLORS.ink, font: "semibold", boldFont: "bold" },
  caption: {
    size: 8.5,
    lineHeight: 12,
    color: COLORS.muted,
    font: "regular",
    boldFont: "semibold",
  },
} as const satisfies Record<string, TextStyle>;

/** Vertical spacing between blocks, in points. */
export const SPACE = {
  paragraph: 8,
  /** Before a paragraph that opens with bold text, which reads as the start of a new part. */
  lead: 14,
  heading: 16,
  bullet: 4,
  section: 30,
} as const;
