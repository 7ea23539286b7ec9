import { Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import { z } from "zod";

export type CsvRecord = { line: number; cells: string[] };

export class CsvFileError extends Error {
  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`line ${line} cannot be read as CSV (${detail.replace(/^[^:]*:\s*/, "")})`);
  }
}

const ZParsed = z.object({ record: z.array(z.string()), info: z.object({ lines: z.number() }) });

/**
 * The records of a CSV byte stream, one at a time, each with the line it ends on (quoted
 * newlines count), so a file of any size is read in constant memory. A UTF-8 byte-order mark is
 * dropped; rows may have more or fewer cells than the header; blank lines are skipped. A file
 * that cannot be read as CSV (a quote never closed, say) throws a CsvFileError naming the line.
 */
export async function* csvRecords(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): AsyncGenerator<CsvRecord> {
  // One chunk ahead at most: the preview stops early, and a stored chunk is a megabyte.
  const input = Readable.from(source, { objectMode: true, highWaterMark: 1 });
  const parser = input.pipe(
    parse({
      bom: true,
      info: true,
      relax_column_count: true,
      // A quote inside an unquoted cell (=HYPERLINK("…") typed into a CRM) is kept as text.
      relax_quotes: true,
      skip_empty_lines: true,
    }),
  );
  input.on("error", (error) => parser.destroy(error));
  try {
    for await (const parsed of parser) {
      const { record, info } = ZParsed.parse(parsed);
      yield { line: info.lines, cells: record };
    }
  } catch (error) {
    if (error instanceof CsvError) throw new CsvFileError(Number(error.lines) || 0, error.message);
    throw error;
  } finally {
    // A consumer that stops early (the preview) stops the reading too.
    input.destroy();
  }
}

/** The header and up to `limit` records: for format detection and the preview. */
export async function csvHead(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  limit: number,
): Promise<{ header: string[]; records: CsvRecord[] }> {
  let header: string[] | null = null;
  const records: CsvRecord[] = [];
  for await (const record of csvRecords(source)) {
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
