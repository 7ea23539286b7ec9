/**
 * The one rule for a deal id that appears more than once in an import: the last row wins (the
 * later file, then the later line), and the rows set aside are listed. A first pass over the ids
 * records where each id last appears; the second pass keeps only those rows.
 */
export class DuplicateIds {
  private readonly last = new Map<string, { file: number; line: number }>();
  private readonly setAside = new Map<string, { file: number; line: number }[]>();

  /** First pass: every row's id, in file and line order. */
  see(id: string, file: number, line: number) {
    if (!id) return;
    const before = this.last.get(id);
    if (before) {
      const list = this.setAside.get(id);
      if (list) list.push(before);
      else this.setAside.set(id, [before]);
    }
    this.last.set(id, { file, line });
  }

  /** Second pass: whether this row is the one kept for its id. */
  keeps(id: string, file: number, line: number): boolean {
    const kept = this.last.get(id);
    return !kept || (kept.file === file && kept.line === line);
  }

  /** Ids seen more than once, with the rows set aside for each. */
  duplicates(): { id: string; setAside: { file: number; line: number }[] }[] {
    return [...this.setAside].map(([id, rows]) => ({ id, setAside: rows }));
  }

  /** Rows set aside in all. */
  get setAsideCount(): number {
    let n = 0;
    for (const rows of this.setAside.values()) n += rows.length;
    return n;
  }
}
