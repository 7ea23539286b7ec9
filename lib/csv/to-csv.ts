import { stringify } from "csv-stringify/sync";

/**
 * A cell that starts with = + - @ (or a tab or carriage return) is a formula to a spreadsheet.
 * Prefix it with an apostrophe so a value someone typed into a form is shown, never run.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180 CSV with a header row, every text cell neutralized, UTF-8 BOM for spreadsheet apps. */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  const safe = rows.map((row) =>
    row.map((cell) => (typeof cell === "string" ? neutralizeFormula(cell) : (cell ?? ""))),
  );
  return "\uFEFF" + stringify([header, ...safe], { eof: true });
}
