import Papa from "papaparse";
import { DEFAULT_DIALECT, textDecoding, type CsvDialect } from "./dialect";

export type CsvRecord = { line: number; cells: string[] };

export class CsvFileError extends Error {
  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`line ${line} cannot be read as CSV (${detail})`);
  }
}

/** No CRM row is this long; a quote left open would otherwise buffer the rest of the file. */
const MAX_RECORD_CHARS = 16 << 20;

/**
 * The line ending of a file, from its first line break: CRM exports use \r\n or \n, old Macs
 * \r. Null while the text seen so far cannot tell (no break yet, or a \r that may be half of
 * \r\n at the end of a chunk).
 */
function lineEnding(text: string, final: boolean): "\r\n" | "\n" | "\r" | null {
  const n = text.indexOf("\n");
  const r = text.indexOf("\r");
  if (n < 0 && r < 0) return final ? "\n" : null;
  if (r < 0 || (n >= 0 && n < r)) return "\n";
  if (r === text.length - 1 && !final) return null;
  return n === r + 1 ? "\r\n" : "\r";
}

/** Lines a record spans: one, plus the line breaks inside its quoted cells. */
function linesIn(cells: string[], newline: string): number {
  const mark = newline === "\r" ? "\r" : "\n";
  let lines = 1;
  for (const cell of cells) {
    let at = cell.indexOf(mark);
    while (at !== -1) {
      lines++;
      at = cell.indexOf(mark, at + 1);
    }
  }
  return lines;
}

/**
 * The records of a CSV byte stream, one at a time, each with the line it ends on (quoted
 * newlines count), so a file of any size is read in constant memory. The dialect (see sniffFile)
 * names the encoding and delimiter, UTF-8 and "," unless given. A byte-order mark is dropped;
 * rows may have more or fewer cells than the header; blank lines are skipped; a quote inside an
 * unquoted cell (=HYPERLINK("…") typed into a CRM) is kept as text. A file that cannot be read
 * as CSV (a quote never closed, say) throws a CsvFileError naming the line.
 *
 * Parsing is papaparse's core parser, fed the decoded text chunk by chunk: it reads several
 * times faster than a Node stream parser, which matters for million-row exports.
 */
export async function* csvRecords(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  dialect: Partial<CsvDialect> = {},
): AsyncGenerator<CsvRecord> {
  const encoding = dialect.encoding ?? DEFAULT_DIALECT.encoding;
  const delimiter = dialect.delimiter ?? DEFAULT_DIALECT.delimiter;
  // The decoder drops a leading byte-order mark and keeps a character split across chunks whole.
  const decoder = textDecoding(encoding);
  let parser: Papa.Parser | null = null;
  let newline: "\r\n" | "\n" | "\r" = "\n";
  let pending = "";
  let line = 0;

  function* records(text: string, final: boolean): Generator<CsvRecord> {
    if (!parser) {
      const found = lineEnding(text, final);
      if (!found) {
        pending = text;
        return;
      }
      newline = found;
      parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
    }
    const result = parser.parse(text, 0, !final);
    const unclosed = (result.errors as { code: string; row: number }[]).find(
      (e) => e.code === "MissingQuotes",
    );
    const rows = result.data as string[][];
    for (let i = 0; i < rows.length; i++) {
      if (i === unclosed?.row) throw new CsvFileError(line + 1, "a quoted cell is never closed");
      const cells = rows[i]!;
      line += linesIn(cells, newline);
      if (cells.length === 1 && cells[0] === "") continue; // a blank line
      yield { line, cells };
    }
    pending = text.slice(result.meta.cursor);
    if (pending.length > MAX_RECORD_CHARS)
      throw new CsvFileError(line + 1, "a quoted cell runs on for more than 16 MB");
  }

  for await (const chunk of source) {
    yield* records(pending + decoder.decode(chunk, { stream: true }), false);
  }
  const rest = pending + decoder.decode();
  // A file ending in a line break leaves nothing to read; the parser would return one empty row.
  if (rest !== "" && rest !== newline) yield* records(rest, true);
}

/** The header and up to `limit` records: for format detection and the preview. */
export async function csvHead(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  limit: number,
  dialect: Partial<CsvDialect> = {},
): Promise<{ header: string[]; records: CsvRecord[] }> {
  let header: string[] | null = null;
  const records: CsvRecord[] = [];
  for await (const record of csvRecords(source, dialect)) {
    if (!header) header = record.cells;
    else records.push(record);
    if (records.length >= limit) break;
  }
  return { header: header ?? [], records };
}

/** Group an async sequence into arrays of `size`. */
export async function* batches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
