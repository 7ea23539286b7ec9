import { textDecoding, type CsvDelimiter, type CsvEncoding, type DecimalMark } from "./dialect";

/** How much of a file sniffFile looks at: pass this many first bytes, or the whole file if smaller. */
export const SNIFF_BYTES = 64 * 1024;

export type SniffResult =
  | { ok: true; encoding: CsvEncoding; delimiter: CsvDelimiter; decimalMark: DecimalMark }
  | { ok: false; reason: string };

const SAVE_AS_CSV = "In Excel, use File → Save As → CSV.";
const EXPORT_AS_CSV = "Export the deals from the CRM as CSV, with a header row.";

const MESSAGES = {
  empty: `The file is empty: it has no header row and no rows. ${EXPORT_AS_CSV}`,
  zip: `This looks like a zip archive or an Excel workbook, not a CSV file. ${SAVE_AS_CSV}`,
  xls: `This looks like an old Excel workbook (.xls), not a CSV file. ${SAVE_AS_CSV}`,
  pdf: `This looks like a PDF document, not a CSV file. ${EXPORT_AS_CSV}`,
  gzip: "This looks like a gzip-compressed file, not a CSV file. Unpack it and upload the CSV inside.",
  markup: `This looks like a web page or an XML file, not a CSV file (some CRMs save "Excel" exports this way). ${SAVE_AS_CSV}`,
  binary: `This file is not text: it holds binary data (an image, a program or a database file, say), not a CSV file. ${EXPORT_AS_CSV}`,
};

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((b, i) => head[i] === b);

/** The sentence for a file whose first bytes name a known non-CSV format, or null. */
function knownContainer(head: Uint8Array): string | null {
  if (
    startsWith(head, [0x50, 0x4b, 0x03, 0x04]) ||
    startsWith(head, [0x50, 0x4b, 0x05, 0x06]) ||
    startsWith(head, [0x50, 0x4b, 0x07, 0x08])
  )
    return MESSAGES.zip;
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return MESSAGES.xls;
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return MESSAGES.pdf;
  if (startsWith(head, [0x1f, 0x8b])) return MESSAGES.gzip;
  return null;
}

/**
 * UTF-16 without a byte-order mark, told by its zero bytes: ASCII text in UTF-16LE has a zero
 * at every odd offset, in UTF-16BE at every even one.
 */
function utf16WithoutBom(head: Uint8Array): CsvEncoding | null {
  const pairs = Math.min(head.length, 4096) >> 1;
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}

function encodingOf(head: Uint8Array): CsvEncoding {
  if (startsWith(head, [0xff, 0xfe])) return "utf-16le";
  if (startsWith(head, [0xfe, 0xff])) return "utf-16be";
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return "utf-8";
  const utf16 = utf16WithoutBom(head);
  if (utf16) return utf16;
  try {
    // Streaming, so a character cut in two at the end of the sample is not held against it.
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

/** Text has NUL only in binary files, and control characters (other than tab and line breaks) rarely. */
function looksBinary(text: string): boolean {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) ||
      (c >= 0x7f && c <= 0x9f) ||
      c === 0xfffd
    )
      control++;
  }
  return control >= 3 && control > text.length / 100;
}

/**
 * The first `limit` records of `text` cut at `delimiter`, quotes read as csvRecords reads them (a
 * quote opens a quoted cell only at the start of a cell); blank lines are skipped. A record the
 * end of the sample cuts off is left out unless the sample is the whole file, or it is the only
 * record.
 */
function sampleRecords(text: string, delimiter: string, limit: number, whole: boolean): string[][] {
  const records: string[][] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let atStart = true;
  let i = 0;
  while (i < text.length && records.length < limit) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cell += c;
      i++;
    } else if (c === '"' && atStart) {
      quoted = true;
      atStart = false;
      i++;
    } else if (c === delimiter) {
      cells.push(cell);
      cell = "";
      atStart = true;
      i++;
    } else if (c === "\n" || c === "\r") {
      cells.push(cell);
      if (cells.length > 1 || cells[0] !== "") records.push(cells);
      cells = [];
      cell = "";
      atStart = true;
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      cell += c;
      atStart = false;
      i++;
    }
  }
  const pending = cells.length > 0 || cell !== "";
  if (records.length < limit && pending && (whole || records.length === 0)) {
    cells.push(cell);
    records.push(cells);
  }
  return records;
}

const DELIMITERS: CsvDelimiter[] = [",", ";", "\t", "|"];

/**
 * The delimiter that cuts the header into most agreeing columns: each candidate is scored by the
 * share of the next lines with as many cells as its header (ragged rows exist), then by its
 * header's column count; a tie goes to the earlier of , ; tab |. Null when no candidate cuts the
 * header in two.
 */
function chooseDelimiter(text: string, whole: boolean): CsvDelimiter | null {
  let best: { delimiter: CsvDelimiter; agree: number; columns: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const [header, ...rows] = sampleRecords(text, delimiter, 21, whole);
    if (!header || header.length < 2) continue;
    const same = rows.filter((r) => r.length === header.length).length;
    const agree = rows.length === 0 ? 1 : same / rows.length;
    if (!best || agree > best.agree || (agree === best.agree && header.length > best.columns)) {
      best = { delimiter, agree, columns: header.length };
    }
  }
  return best?.delimiter ?? null;
}

/** "12.500,00", "1 234,56", "980,5", "1234,567": a comma can only be the decimal mark. */
const COMMA_DECIMAL = /^(?:\d{1,3}(?:[.\s']\d{3})+|\d+),\d+$/;
/** "12,500.00", "980.5", "1234.567": a dot can only be the decimal mark. */
const DOT_DECIMAL = /^(?:\d{1,3}(?:[,\s']\d{3})+|\d+)\.\d+$/;
/** "1,234" and "1.234" read either way. */
const AMBIGUOUS = /^\d{1,3}[.,]\d{3}$/;

/**
 * The decimal mark the numbers near the top are written with: each cell that can only be read
 * one way votes; a comma needs more votes than a dot.
 */
function decimalMarkOf(rows: string[][]): DecimalMark {
  let comma = 0;
  let dot = 0;
  for (const row of rows) {
    for (const text of row) {
      const s = text
        .trim()
        .replace(/^[-+(]+|\)$/g, "")
        .replace(/^[A-Z]{3}\s*|\s*[A-Z]{3}$/g, "")
        .replace(/\s*[$€£¥%]\s*/g, "");
      if (s.length > 40 || AMBIGUOUS.test(s)) continue;
      if (COMMA_DECIMAL.test(s)) comma++;
      else if (DOT_DECIMAL.test(s)) dot++;
    }
  }
  return comma > dot ? "," : ".";
}

/** The first line, shortened, to quote in a sentence. */
function firstLine(text: string): string {
  const line = text
    .trimStart()
    .split(/\r\n|\n|\r/, 1)[0]!
    .trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

/**
 * What a file is, from its first SNIFF_BYTES bytes (or all of it, when smaller): a delimited text
 * file with its encoding, delimiter and decimal mark, or a plain sentence saying what it looks
 * like instead (an Excel workbook, a PDF, binary data, an empty file, prose).
 *
 * Encoding: a UTF-16 byte-order mark (or UTF-16's telltale zero bytes), else UTF-8 when the bytes
 * are valid UTF-8, else Windows-1252. Delimiter: the one of , ; tab | that cuts the header and the
 * next lines (quotes respected) into the same number of columns. Decimal mark: "," when the
 * numbers near the top can only be read with a decimal comma ("12.500,00", "980,5"), else ".".
 * A longer head is cut to SNIFF_BYTES.
 */
export function sniffFile(head: Uint8Array): SniffResult {
  if (head.length === 0) return { ok: false, reason: MESSAGES.empty };
  const whole = head.length < SNIFF_BYTES;
  const sample = head.subarray(0, SNIFF_BYTES);
  const container = knownContainer(sample);
  if (container) return { ok: false, reason: container };
  const encoding = encodingOf(sample);
  const text = textDecoding(encoding)
    .decode(sample, { stream: true })
    .replace(/^\uFEFF/, "");
  if (looksBinary(text)) return { ok: false, reason: MESSAGES.binary };
  if (text.trim() === "") return { ok: false, reason: MESSAGES.empty };
  if (/^\s*<(?:!doctype\s+html|html|\?xml|table)\b/i.test(text))
    return { ok: false, reason: MESSAGES.markup };
  const delimiter = chooseDelimiter(text, whole);
  if (!delimiter) {
    return {
      ok: false,
      reason:
        `This file is plain text, not a table: its first line ("${firstLine(text)}") has no ` +
        `commas, semicolons, tabs or pipes between column names. ${EXPORT_AS_CSV}`,
    };
  }
  const decimalMark = decimalMarkOf(sampleRecords(text, delimiter, 201, whole).slice(1));
  return { ok: true, encoding, delimiter, decimalMark };
}
