import { ownString } from "./own-string";

/** A row's place, packed into one number: the file in the high part, the line in the low. */
const LINES = 2 ** 32;
const pack = (file: number, line: number) => file * LINES + line;
const unpack = (at: number) => ({ file: Math.floor(at / LINES), line: at % LINES });

/**
 * The one rule for a deal id that appears more than once in an import: the last row wins (the
 * later file, then the later line), and the rows set aside are listed. A first pass over the ids
 * records where each id last appears; the second pass keeps only those rows. One number per id,
 * so a million ids stay small.
 */
export class DuplicateIds {
  private readonly last = new Map<string, number>();
  private readonly setAside = new Map<string, number[]>();

  /** First pass: every row's id, in file and line order. */
  see(id: string, file: number, line: number) {
    if (!id) return;
    const before = this.last.get(id);
    if (before !== undefined) {
      const list = this.setAside.get(id);
      if (list) list.push(before);
      else this.setAside.set(id, [before]);
      this.last.set(id, pack(file, line));
    } else this.last.set(ownString(id), pack(file, line));
  }

  /** Second pass: whether this row is the one kept for its id. */
  keeps(id: string, file: number, line: number): boolean {
    const kept = this.last.get(id);
    return kept === undefined || kept === pack(file, line);
  }

  /** Ids seen more than once, with the rows set aside for each. */
  duplicates(): { id: string; setAside: { file: number; line: number }[] }[] {
    return [...this.setAside].map(([id, rows]) => ({ id, setAside: rows.map(unpack) }));
  }

  /** Rows set aside in all. */
  get setAsideCount(): number {
    let n = 0;
    for (const rows of this.setAside.values()) n += rows.length;
    return n;
  }
}
