/** Long names are cut so the whole file name stays readable in a download bar. */
const MAX_SLUG = 60;

/** Letters that have no accent to strip, spelled as they are usually transliterated. */
const LETTERS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/** "Northwind Components", 25 Nov 2026 → "northwind-components-snapshot-2026-11-25.pdf" (UTC date). */
export function assessmentPdfFileName(companyName: string, publishedAt: Date): string {
  const slug = companyName
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[ßæœøłđðþı]/g, (c) => LETTERS[c] ?? "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, MAX_SLUG)
    .replace(/-+$/, "");
  const date = publishedAt.toISOString().slice(0, 10);
  return `${slug || "company"}-snapshot-${date}.pdf`;
}
