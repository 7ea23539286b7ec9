/** The text encodings CRM exports come in: UTF-8 (most), UTF-16 (Excel's "Unicode Text"), and Windows-1252 (Excel's "CSV" on Western European Windows). */
export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export type CsvDelimiter = "," | ";" | "\t" | "|";

/** The character between whole and fractional part of an amount: "12.5" or "12,5". */
export type DecimalMark = "." | ",";

/** How a CSV file is written, as csvRecords needs to know it. */
export type CsvDialect = { encoding: CsvEncoding; delimiter: CsvDelimiter };

export const DEFAULT_DIALECT: CsvDialect = { encoding: "utf-8", delimiter: "," };

/**
 * Windows-1252's characters for bytes 0x80–0x9F (€, „, “, ”, –, …, Š, Ž and so on). Some
 * TextDecoder implementations (Node 20 among them) decode "windows-1252" as ISO-8859-1, which
 * turns these bytes into invisible control characters; the table puts them right. The five bytes
 * Windows-1252 leaves undefined keep their code points, as the WHATWG encoding standard says.
 */
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function cp1252(text: string): string {
  if (!/[\u0080-\u009f]/.test(text)) return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

export type TextDecoding = { decode(bytes?: Uint8Array, options?: { stream?: boolean }): string };

/**
 * A streaming decoder for one of the CSV encodings: like TextDecoder it drops a byte-order mark
 * and keeps a character whose bytes are split between chunks whole.
 */
export function textDecoding(encoding: CsvEncoding): TextDecoding {
  const decoder = new TextDecoder(encoding);
  if (encoding !== "windows-1252") return decoder;
  return { decode: (bytes, options) => cp1252(decoder.decode(bytes, options)) };
}
