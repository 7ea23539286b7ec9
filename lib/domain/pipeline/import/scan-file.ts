import { headerKey } from "./fields";
import { guessDateOrder, type DateOrder } from "./parse-values";

/** A column with more distinct values than this looks like free text, not stage labels. */
export const MAX_DISTINCT = 500;

/** Date-looking cells kept per column for the date-order guess. */
const DATE_SAMPLES = 50;

export type ColumnScan = {
  name: string;
  /** Each distinct value with its count, most frequent first; null past MAX_DISTINCT. */
  values: { value: string; count: number }[] | null;
  blank: number;
  /** The share of filled cells that look like dates. */
  dateShare: number;
};

/** A whole file read once before mapping, in constant memory per column. */
export type FileScan = {
  header: string[];
  rows: number;
  columns: ColumnScan[];
  /** The day/month order the file's dates are written in, from every date cell seen. */
  dateOrder: DateOrder;
};

const SLASHED = /^(\d{1,2})[/.](\d{1,2})[/.]\d{4}/;
const ISO = /^\d{4}-\d{1,2}-\d{1,2}/;

/**
 * Reads a file's rows one at a time and keeps, per column, its distinct values with counts (up to
 * MAX_DISTINCT), its blanks and how date-like it is; across the file, whether any date settles
 * the day/month order. Labels that first appear late in a file are counted like the rest.
 */
export class FileScanner {
  private rows = 0;
  private readonly values: (Map<string, number> | null)[];
  private readonly blanks: number[];
  private readonly filled: number[];
  private readonly dated: number[];
  private readonly samples: string[] = [];
  private order: DateOrder | null = null;

  constructor(private readonly header: string[]) {
    this.values = header.map(() => new Map());
    this.blanks = header.map(() => 0);
    this.filled = header.map(() => 0);
    this.dated = header.map(() => 0);
  }

  add(cells: string[]) {
    this.rows++;
    for (let i = 0; i < this.header.length; i++) {
      const value = (cells[i] ?? "").trim();
      if (value === "") {
        this.blanks[i]!++;
        continue;
      }
      this.filled[i]!++;
      const seen = this.values[i];
      if (seen) {
        seen.set(value, (seen.get(value) ?? 0) + 1);
        if (seen.size > MAX_DISTINCT) this.values[i] = null;
      }
      const slashed = SLASHED.exec(value);
      if (slashed || ISO.test(value)) {
        this.dated[i]!++;
        if (slashed && !this.order) {
          if (Number(slashed[1]) > 12) this.order = "dmy";
          else if (Number(slashed[2]) > 12) this.order = "mdy";
        }
        if (this.samples.length < DATE_SAMPLES) this.samples.push(value);
      }
    }
  }

  result(): FileScan {
    return {
      header: this.header,
      rows: this.rows,
      dateOrder: this.order ?? guessDateOrder(this.samples),
      columns: this.header.map((name, i) => {
        const seen = this.values[i];
        return {
          name,
          values: seen
            ? [...seen]
                .map(([value, count]) => ({ value, count }))
                .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
            : null,
          blank: this.blanks[i]!,
          dateShare: this.filled[i] ? this.dated[i]! / this.filled[i]! : 0,
        };
      }),
    };
  }
}

/** A header's identity for remembering how it was mapped: its names, normalized, in order. */
export function headerSignature(header: string[]): string {
  return header.map(headerKey).join("\u001f");
}
